using System.Diagnostics;
using System.Globalization;
using System.Text;
using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Feedback.Scores;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Testing;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Feedback.Storage;
using JourneyStudio.Web.Seeding;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JourneyStudio.Benchmarks;

/// <summary>
/// Feedback import and matching. The import runs the real path (upload read by CsvHelper, intake, rule matching
/// against the demo maps, batched binary COPY of items and match rows, run progress saved) on the app's own host; its
/// floor is a plain PostgreSQL COPY of the very same CSV bytes into a table of the same columns. A second floor is
/// PostgreSQL alone storing the rows the import stored, to tell the app's own work from the cost of what is stored.
/// </summary>
public sealed class FeedbackBenchmarks : IAsyncDisposable
{
    private static readonly string[] Phrases =
    [
        "the selfie check failed twice", "proof of address was rejected", "on hold for forty minutes", "the engineer didn't turn up",
        "my first bill was charged twice", "the import wizard mixed up dates", "renewal price increase", "live chat was quick",
        "card arrived in two days", "application form kept timing out", "great app, love the savings pot", "nothing special",
    ];

    private static readonly string[] Filler =
    [
        "Overall it was fine.", "I expected better from you.", "Really pleased, thanks to the team.", "Not bad, but slow.",
        "Would recommend to a friend.", "Took far too long, again.", "Sorted out in the end.", "No complaints at all.",
    ];

    private readonly JourneyStudioApp app = new();

    public static Task<FeedbackBenchmarks> StartAsync()
    {
        // WebApplicationFactory finds the content root through a manifest in the working directory (see CanvasHost).
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var bench = new FeedbackBenchmarks();
        _ = bench.app.Services; // starts the host: schema, demo maps and their rules
        return Task.FromResult(bench);
    }

    /// <summary>A survey-tool export of <paramref name="rows"/> answers: id, date, NPS, channel, comment (quoted, with commas).</summary>
    public static byte[] GenerateCsv(int rows)
    {
        var random = new Random(20261124);
        var text = new StringBuilder("ResponseId,RecordedDate,Q1,channel,Q4\n");
        var start = new DateTime(2026, 5, 1, 8, 0, 0);
        for (var i = 0; i < rows; i++)
        {
            var comment = $"{Phrases[random.Next(Phrases.Length)]}, {Filler[random.Next(Filler.Length)]} {Filler[random.Next(Filler.Length)]}";
            text.Append(CultureInfo.InvariantCulture, $"R_{i:D8},{start.AddMinutes(i * 2.7):yyyy-MM-dd HH:mm:ss},{random.Next(11)},{(i % 3 == 0 ? "Web" : "iOS app")},\"{comment}\"\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public async Task ImportVersusCopyAsync(Report report, int rows, int runs)
    {
        var csv = GenerateCsv(rows);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var importer = app.Services.GetRequiredService<FeedbackImporter>();
        var workspaceId = SeedIds.Workspace("northwind");
        var oursRates = new List<double>();
        var copyRates = new List<double>();
        var peaks = new List<double>();
        var storeRates = new List<double>();
        var appCpu = new List<double>();
        var databaseCpu = new List<double>();
        var leastRates = new List<double>();
        var leanestRates = new List<double>();
        // Run -1 warms up: the first import after start pays for compiling the import path (twice the time); a server
        // that imports on a schedule has paid it long before.
        for (var run = -1; run < runs; run++)
        {
            // A new source each time: every row is new, as on a first import.
            var upload = new FeedbackUpload { Id = Guid.NewGuid(), WorkspaceId = workspaceId, FileName = "bench.csv", Content = csv, UploadedAt = DateTimeOffset.UtcNow };
            var source = new FeedbackSource
            {
                Id = Guid.NewGuid(), WorkspaceId = workspaceId, Name = "Benchmark export", Kind = SourceKind.Csv, UploadId = upload.Id, Scale = ScoreScale.Nps,
                TimeZone = "Europe/London", Fields = new FieldMap(Text: "Q4", Score: "Q1", Date: "RecordedDate", ExternalId: "ResponseId", Channel: "channel"),
            };
            await using (var session = store.LightweightSession())
            {
                session.Store(upload);
                session.Store(source);
                await session.SaveChangesAsync();
            }
            var importRun = new ImportRun { Id = Guid.NewGuid(), WorkspaceId = workspaceId, SourceId = source.Id, SourceName = source.Name, QueuedAt = DateTimeOffset.UtcNow };

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var baseline = GC.GetTotalMemory(true);
            using var sampler = new PeakSampler();
            var cpuBefore = CpuTime.Now();
            var (allocatedBefore, pausedBefore) = (GC.GetTotalAllocatedBytes(true), GC.GetTotalPauseDuration());
            var watch = Stopwatch.StartNew();
            await importer.RunAsync(source, importRun, CancellationToken.None);
            watch.Stop();
            var cpu = CpuTime.Now() - cpuBefore;
            var allocated = (GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1e6;
            var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds;
            var peak = (sampler.Stop() - baseline) / 1024.0 / 1024.0;
            if (importRun.Status != RunStatus.Succeeded || importRun.New != rows)
                throw new InvalidOperationException($"The benchmark import went wrong: {importRun.Status} {importRun.New} new, {importRun.Rejected} rejected, {importRun.Error}");
            var prepare = ReadAndPrepareCpuSeconds(csv, source);
            Console.WriteLine($"{(run < 0 ? "warm-up import (not counted)" : $"import run {run + 1}")}: {watch.Elapsed.TotalSeconds:0.0} s; CPU: app {cpu.App:0.0} s, PostgreSQL {cpu.Database:0.0} s; "
                + $"allocated {allocated:0} MB, GC pauses {paused:0.00} s; read+prepare alone {prepare:0.00} s");
            if (run < 0) continue;
            oursRates.Add(rows / watch.Elapsed.TotalSeconds);
            peaks.Add(peak);
            appCpu.Add(cpu.App);
            databaseCpu.Add(cpu.Database);
            copyRates.Add(await CopyRowsPerSecondAsync(csv, rows));
            var stored = await ExportRunAsync(source.Id);
            // Every core busy all the time, the reading and PostgreSQL's storing each split between them as finely as one
            // likes (several connections COPYing at once), nothing spent on matching, encoding, heat or progress: no
            // import that reads with CsvHelper, prepares each item and keeps it and its matches findable can be quicker
            // than this on this machine.
            foreach (var (shape, rates) in new[] { (StoredShape.AsImported, leastRates), (StoredShape.Leanest, leanestRates) })
            {
                var storing = await LeastStorageDatabaseSecondsAsync(source.Id, rows, shape);
                var leastSeconds = (prepare + storing) / Environment.ProcessorCount;
                Console.WriteLine($"  least possible ({shape.Name}): read+prepare {prepare:0.00} s CPU, "
                    + $"the PostgreSQL backend storing items and matches in the cheapest order {storing:0.00} s CPU → {leastSeconds:0.00} s on {Environment.ProcessorCount} cores");
                rates.Add(rows / leastSeconds);
            }
            storeRates.Add(await StoreSameRowsPerSecondAsync(source.Id, stored, rows));
        }
        report.Add($"feedback import of {rows:N0} CSV rows (items/s, median of {runs})", Report.Median(oursRates), "items/s",
            "plain PostgreSQL COPY of the same rows", Report.Median(copyRates));
        report.Add($"the same import (items/s, median of {runs})", Report.Median(oursRates), "items/s",
            "PostgreSQL alone storing the rows that import stored (binary COPY into the same tables, heat triggers on)", Report.Median(storeRates));
        report.Add($"least possible import on these {Environment.ProcessorCount} cores: (CPU of CsvHelper + intake alone + the PostgreSQL backend's CPU storing the import's items and matches with keys in file order, no heat) ÷ cores (items/s, median of {runs})",
            Report.Median(leastRates), "items/s", "plain PostgreSQL COPY of the same rows", Report.Median(copyRates));
        report.Add($"the same bound keeping less than the issue asks: items without raw value, title, author or fields, matches without the copies heat and evidence read (items/s, median of {runs})",
            Report.Median(leanestRates), "items/s", "plain PostgreSQL COPY of the same rows", Report.Median(copyRates));
        report.Add($"peak managed memory during that import (MB above baseline, median of {runs})", Report.Median(peaks), "MB",
            "the CSV file itself", csv.Length / 1024.0 / 1024.0);
        report.Add($"the app's CPU time in that import (s, median of {runs})", Report.Median(appCpu), "s",
            "PostgreSQL's CPU time in the same import (all its processes)", Report.Median(databaseCpu));
    }

    /// <summary>The CPU seconds of an import's reading on its own (CsvHelper, intake, sentiment where unscored, the GC's share), to tell it from the writes.</summary>
    private static double ReadAndPrepareCpuSeconds(byte[] csv, FeedbackSource source)
    {
        var before = CpuTime.Now();
        var intake = new JourneyStudio.Domain.Feedback.FeedbackIntake(
            new JourneyStudio.Domain.Feedback.IntakeRules(source.Scale, source.DateFormat, source.DayFirst, source.TimeZone, source.Skip),
            JourneyStudio.Domain.Feedback.Sentiment.SentimentScorer.Default);
        var ctx = new JourneyStudio.Domain.Feedback.IntakeContext(source.WorkspaceId, source.Id, Guid.NewGuid(), DateTimeOffset.UtcNow);
        var prepared = 0;
        foreach (var outcome in CsvFeedbackReader.Read(csv, "bench.csv", source.Csv, source.Fields, null))
            if (outcome.Draft is { } draft && intake.Prepare(draft, ctx).Item is not null) prepared++;
        if (prepared == 0) throw new InvalidOperationException("Reading the benchmark file prepared no item.");
        return (CpuTime.Now() - before).App;
    }

    private static async Task<double> CopyRowsPerSecondAsync(byte[] csv, int rows)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var table = "bench_copy_" + Guid.NewGuid().ToString("N")[..8];
        await new NpgsqlCommand($"create table {table} (response_id text primary key, recorded_date timestamp, q1 int, channel text, q4 text)", connection).ExecuteNonQueryAsync();
        var text = Encoding.UTF8.GetString(csv);
        var watch = Stopwatch.StartNew();
        await using (var copy = await connection.BeginTextImportAsync($"copy {table} from stdin (format csv, header true)"))
            await copy.WriteAsync(text);
        watch.Stop();
        var count = (long)(await new NpgsqlCommand($"select count(*) from {table}", connection).ExecuteScalarAsync())!;
        await new NpgsqlCommand($"drop table {table}", connection).ExecuteNonQueryAsync();
        if (count != rows) throw new InvalidOperationException($"COPY loaded {count} rows, not {rows}.");
        return rows / watch.Elapsed.TotalSeconds;
    }

    private sealed record StoredRun(byte[] Items, byte[] Matches);

    /// <summary>The item and match rows an import stored, in PostgreSQL's binary COPY format.</summary>
    private async Task<StoredRun> ExportRunAsync(Guid sourceId)
    {
        var feedback = app.Services.GetRequiredService<FeedbackStore>();
        await using var connection = await feedback.OpenAsync(CancellationToken.None);
        var items = $"select {string.Join(", ", FeedbackRows.ColumnNames)} from {feedback.Items} where source_id = '{sourceId}'";
        var matches = $"select {string.Join(", ", FeedbackRows.MatchColumnNames)} from {feedback.Matches} where source_id = '{sourceId}'";
        return new StoredRun(await ExportAsync(connection, items), await ExportAsync(connection, matches));
    }

    private static async Task<byte[]> ExportAsync(NpgsqlConnection connection, string query)
    {
        var buffer = new MemoryStream();
        await using (var raw = await connection.BeginRawBinaryCopyAsync($"copy ({query}) to stdout (format binary)"))
            await raw.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>What a least-storage measure keeps of an item and of a match, beside the ids it re-keys.</summary>
    private sealed record StoredShape(string Name, string[] ItemColumns, string[] MatchColumns)
    {
        /// <summary>The import's own rows.</summary>
        public static readonly StoredShape AsImported = new("rows as imported", FeedbackRows.ColumnNames[1..], FeedbackRows.MatchColumnNames[1..]);

        /// <summary>
        /// Less than the issue asks to keep: an item's time, score and text without its raw value, title, author or
        /// fields; a match's touchpoint, week and rule without the copies the heat and evidence queries read.
        /// </summary>
        public static readonly StoredShape Leanest = new("leanest rows",
            ["workspace_id", "source_id", "received_at", "score", "text"], ["card_id", "week", "origin", "rule_index"]);
    }

    /// <summary>
    /// The CPU seconds of the PostgreSQL backend storing what an import keeps, in the order that costs least: the
    /// run's item rows and match rows re-keyed with ids that rise in file order (as time-ordered ids would), items
    /// found again through a unique (source, key) index whose keys also arrive in order, the workspace-and-time index
    /// the explorer reads, match rows keyed by item and indexed by touchpoint and week for the evidence; no heat
    /// tallies. Cheaper than any real import's storing of the same columns: its keys never land at random places and
    /// nothing else is kept.
    /// </summary>
    private async Task<double> LeastStorageDatabaseSecondsAsync(Guid sourceId, int rows, StoredShape shape)
    {
        var feedback = app.Services.GetRequiredService<FeedbackStore>();
        await using var connection = await feedback.OpenAsync(CancellationToken.None);
        const string orderedId = "('00000000-0000-7000-8000-' || lpad(to_hex(r.n), 12, '0'))::uuid";
        var ranked = $"select d.id, d.body ->> 'key' as key, row_number() over (order by d.body ->> 'key') as n from {feedback.Items} d where d.source_id = '{sourceId}'";
        var itemRows = await ExportAsync(connection,
            $"with r as ({ranked}) select {orderedId}, {string.Join(", ", shape.ItemColumns.Select(c => $"d.{c}"))}, r.key from r join {feedback.Items} d on d.id = r.id order by r.n");
        var matchRows = await ExportAsync(connection,
            $"with r as ({ranked}) select {orderedId}, {string.Join(", ", shape.MatchColumns.Select(c => $"m.{c}"))} from r join {feedback.Matches} m on m.item_id = r.id order by r.n, m.card_id");

        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (items, matches) = ($"bench_least_items_{suffix}", $"bench_least_matches_{suffix}");
        var (itemColumns, matchColumns) = (string.Join(", ", shape.ItemColumns), string.Join(", ", shape.MatchColumns));
        await new NpgsqlCommand($"""
            create table {items} as select id, {itemColumns} from {feedback.Items} with no data;
            alter table {items} add column key text not null, add primary key (id);
            create unique index on {items} (source_id, key);
            create index on {items} (workspace_id, received_at);
            create table {matches} as select item_id, {matchColumns} from {feedback.Matches} with no data;
            alter table {matches} add primary key (item_id, card_id);
            create index on {matches} (card_id, week);
            """, connection).ExecuteNonQueryAsync();
        var backend = (int)(await new NpgsqlCommand("select pg_backend_pid()", connection).ExecuteScalarAsync())!;
        var before = CpuTime.OfProcess(backend);
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await ImportAsync(connection, $"copy {items} (id, {itemColumns}, key) from stdin (format binary)", itemRows);
            await ImportAsync(connection, $"copy {matches} (item_id, {matchColumns}) from stdin (format binary)", matchRows);
            await tx.CommitAsync();
        }
        var seconds = CpuTime.OfProcess(backend) - before;
        var counted = (long)(await new NpgsqlCommand($"select count(*) from {items}", connection).ExecuteScalarAsync())!;
        var matched = (long)(await new NpgsqlCommand($"select count(*) from {matches}", connection).ExecuteScalarAsync())!;
        await new NpgsqlCommand($"drop table {items}, {matches}", connection).ExecuteNonQueryAsync();
        if (counted != rows || matched == 0) throw new InvalidOperationException($"The least-storage tables got {counted} items and {matched} matches, not {rows} items and their matches.");
        return seconds;
    }

    /// <summary>
    /// What PostgreSQL alone takes to store what the import stored: the run's item and match rows are deleted and
    /// COPYed back into the same tables (same indexes, heat triggers on) in one timed transaction. The gap between this
    /// and the import is the app's own work; the gap between this and the CSV COPY is the shape of what is stored.
    /// </summary>
    private async Task<double> StoreSameRowsPerSecondAsync(Guid sourceId, StoredRun stored, int rows)
    {
        var feedback = app.Services.GetRequiredService<FeedbackStore>();
        await using var connection = await feedback.OpenAsync(CancellationToken.None);
        // Deleted and vacuumed first, so the new rows do not meet their own dead ones in the indexes.
        await new NpgsqlCommand($"delete from {feedback.Matches} where source_id = '{sourceId}'; delete from {feedback.Items} where source_id = '{sourceId}'", connection).ExecuteNonQueryAsync();
        await new NpgsqlCommand($"vacuum {feedback.Items}, {feedback.Matches}", connection).ExecuteNonQueryAsync();
        var watch = Stopwatch.StartNew();
        await using var tx = await connection.BeginTransactionAsync();
        await ImportAsync(connection, $"copy {feedback.Items} ({string.Join(", ", FeedbackRows.ColumnNames)}) from stdin (format binary)", stored.Items);
        await ImportAsync(connection, $"copy {feedback.Matches} ({string.Join(", ", FeedbackRows.MatchColumnNames)}) from stdin (format binary)", stored.Matches);
        await tx.CommitAsync();
        watch.Stop();
        var count = (long)(await new NpgsqlCommand($"select count(*) from {feedback.Items} where source_id = '{sourceId}'", connection).ExecuteScalarAsync())!;
        if (count != rows) throw new InvalidOperationException($"Storing the rows again gave {count} items, not {rows}.");
        return rows / watch.Elapsed.TotalSeconds;
    }

    private static async Task ImportAsync(NpgsqlConnection connection, string copy, byte[] data)
    {
        await using var raw = await connection.BeginRawBinaryCopyAsync(copy);
        await raw.WriteAsync(data);
    }

    /// <summary>200 phrase rules over 50 touchpoints, against the same items: our indexed matcher beside a plain loop of case-insensitive Contains.</summary>
    public static void MatchingThroughput(Report report, int rules, int items)
    {
        var random = new Random(7);
        var words = "account app bill card chat check date delivery email engineer form help import invoice login order password payment price refund router selfie setup speed support switch team update wait".Split(' ');
        var phrases = Enumerable.Range(0, rules).Select(i => $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}").ToList();
        var touchpoints = Enumerable.Range(0, rules / 4).Select(t => new TouchpointRules(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), $"tp {t}",
            phrases.Skip(t * 4).Take(4).Select(p => new FeedbackRule(FeedbackRuleKind.Phrase, p)).ToList())).ToList();
        var matcher = new TouchpointMatcher(touchpoints);
        var texts = Enumerable.Range(0, items).Select(_ =>
            string.Join(' ', Enumerable.Range(0, 25).Select(_ => words[random.Next(words.Length)]))).ToList();
        var inputs = texts.Select(t => new MatchInput(null, t, "Web", null, new Dictionary<string, string>())).ToList();

        var ours = new List<double>();
        var floor = new List<double>();
        for (var r = 0; r < 5; r++)
        {
            var watch = Stopwatch.StartNew();
            var hits = 0;
            foreach (var input in inputs) hits += matcher.Match(input).Count;
            ours.Add(items / watch.Elapsed.TotalSeconds);

            watch.Restart();
            var naive = 0;
            foreach (var text in texts)
                foreach (var phrase in phrases)
                    if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) naive++;
            floor.Add(items / watch.Elapsed.TotalSeconds);
            if (hits == 0 || naive == 0) throw new InvalidOperationException("The matching benchmark matched nothing.");
        }
        report.Add($"matching {items:N0} items of 25 words against {matcher.RuleCount} phrase rules (items/s, median of 5)", Report.Median(ours), "items/s",
            "a plain loop of case-insensitive Contains over the phrases", Report.Median(floor));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>Samples the managed heap every few milliseconds; the import's own allocations dominate it while it runs.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task<long> sampling;

        public PeakSampler() => sampling = Task.Run(async () =>
        {
            var peak = 0L;
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                try { await Task.Delay(5, stop.Token); } catch (OperationCanceledException) { }
            }
            return peak;
        });

        public long Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => stop.Cancel();
    }
}
