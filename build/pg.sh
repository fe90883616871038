# PostgreSQL as a plain process, for ./build.sh. Sourced, not run.
# PostgreSQL refuses to run as root, so as root it runs as the 'postgres' user with a data folder it owns.

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# pg_start DATA_DIR PORT [extra server options]
pg_start() {
  local data=$1 port=$2 extra=${3:-}
  mkdir -p "$data"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$data"; chmod 700 "$data"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_postgres "$PG_BIN/initdb" -D "$data" -A trust -U postgres --encoding=UTF8 --no-locale >"$data.initdb.log" 2>&1 \
      || { cat "$data.initdb.log"; return 1; }
  fi
  as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 $extra" start >/dev/null \
    || { tail -n 30 "$data/server.log"; return 1; }
}

pg_stop() {
  local data=$1
  [ -f "$data/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}
