#!/usr/bin/env bash
# JourneyStudio's one entry point:
#   ./build.sh run    restore, build, start a local PostgreSQL (data in .data/), load the demo data, serve on http://127.0.0.1:5080
#   ./build.sh test   start a throw-away PostgreSQL (and Chromium if missing), run every test project, print "N passed, N failed"
#   ./build.sh bench  run the benchmarks against a throw-away PostgreSQL (and Chromium for the canvas) and print their figures;
#                     `./build.sh bench storage|canvas|live|feedback|heat` runs one group
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
. build/pg.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

ensure_system_packages() {
  local missing=()
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/pg_ctl" ] || missing+=(postgresql)
  for pkg in "$@"; do
    case $pkg in
      chromium) [ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core) ;;
      *) command -v "$pkg" >/dev/null || missing+=("$pkg") ;;
    esac
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (once)…"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
}

# Marten's lock library pulls a package the registry here lacks; a local metapackage stands in (see README).
pack_shim() {
  [ -f build/packages/Patched.DistributedLock.Core.1.0.11.nupkg ] \
    || dotnet pack build/shim/shim.csproj -o build/packages -v q >/dev/null
}

cmd_run() {
  ensure_system_packages
  pack_shim
  dotnet build src/JourneyStudio.Web -c Release -v q -nologo
  local port
  RUN_PG_DIR="$ROOT/.data/pg"
  port=$(free_port 55432)
  pg_start "$RUN_PG_DIR" "$port"
  trap 'pg_stop "$RUN_PG_DIR"' EXIT
  as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname='journeystudio'" | grep -q 1 \
    || as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres journeystudio
  # The demo accounts' password is made on first run and kept with the data, never in the repository.
  [ -s "$ROOT/.data/demo-password" ] || head -c 12 /dev/urandom | base64 | tr -d '/+=' > "$ROOT/.data/demo-password"
  local demo_password; demo_password=$(cat "$ROOT/.data/demo-password")
  echo "PostgreSQL on 127.0.0.1:$port (data in .data/pg). JourneyStudio on http://127.0.0.1:5080 — Ctrl+C stops both."
  echo "Demo accounts (password: $demo_password):"
  echo "  admin@northwind.example        Admin — members, audit trail, everything"
  echo "  facilitator@northwind.example  Facilitator — creates, archives and runs maps"
  echo "  editor@northwind.example       Editor — edits maps"
  echo "  viewer@northwind.example       Viewer — read-only, the executive view"
  # The demo feedback sources fetch their files from this app itself (seed-data/feedback/demo at /demo-feedback).
  JourneyStudio__Feedback__ServeDemoFiles=true JourneyStudio__Feedback__DemoBaseUrl=http://127.0.0.1:5080/demo-feedback \
  JourneyStudio__DemoPassword="$demo_password" ConnectionStrings__Postgres="Host=127.0.0.1;Port=$port;Username=postgres;Database=journeystudio" \
    dotnet run --project src/JourneyStudio.Web -c Release --no-build --no-launch-profile --urls http://127.0.0.1:5080
}

start_test_postgres() {
  TEST_PG_DIR=$(mktemp -d /tmp/journeystudio-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$TEST_PG_DIR"; fi
  local port=56432 attempt
  for attempt in 1 2 3; do
    port=$(free_port "$port")
    # Throw-away data: durability settings off for speed. A port the probe finds free can still be the local end of an
    # outgoing connection, which the bind then meets: the next port is tried.
    pg_start "$TEST_PG_DIR/data" "$port" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" && break
    [ "$attempt" = 3 ] && return 1
    port=$((port + 1))
  done
  trap 'pg_stop "$TEST_PG_DIR/data"; rm -rf "$TEST_PG_DIR"' EXIT
  export JOURNEYSTUDIO_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=200"
}

# The scale-out tests run two app instances on one Redis backplane; a throw-away redis-server on loopback.
start_test_redis() {
  local port; port=$(free_port 56379)
  TEST_REDIS_PID_FILE=$(mktemp /tmp/journeystudio-redis.XXXXXX)
  redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --pidfile "$TEST_REDIS_PID_FILE" --logfile /dev/null
  export JOURNEYSTUDIO_TEST_REDIS="127.0.0.1:$port"
}

stop_test_redis() {
  [ -s "${TEST_REDIS_PID_FILE:-}" ] && kill "$(cat "$TEST_REDIS_PID_FILE")" 2>/dev/null || true
  rm -f "${TEST_REDIS_PID_FILE:-}"
}

cmd_test() {
  ensure_system_packages chromium redis-server
  pack_shim
  dotnet build JourneyStudio.sln -v q -nologo
  start_test_postgres
  start_test_redis
  trap 'stop_test_redis; pg_stop "$TEST_PG_DIR/data"; rm -rf "$TEST_PG_DIR"' EXIT
  export JOURNEYSTUDIO_CHROMIUM=/usr/bin/chromium
  export JOURNEYSTUDIO_ARTIFACTS="$ROOT/.test-artifacts"
  mkdir -p "$JOURNEYSTUDIO_ARTIFACTS"
  local log; log=$(mktemp)
  set +e
  dotnet test JourneyStudio.sln --no-build -nologo 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  local passed failed skipped
  passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  rm -f "$log"
  if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; echo "A test project did not run to the end (exit $status)."; fi
  if [ "$skipped" != 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
  [ "$failed" = 0 ]
}

cmd_bench() {
  ensure_system_packages chromium
  pack_shim
  dotnet build tests/JourneyStudio.Benchmarks -c Release -v q -nologo
  start_test_postgres
  export JOURNEYSTUDIO_CHROMIUM=/usr/bin/chromium
  dotnet run --project tests/JourneyStudio.Benchmarks -c Release --no-build -- "$@"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  *) echo "usage: ./build.sh run | test | bench" >&2; exit 2 ;;
esac
