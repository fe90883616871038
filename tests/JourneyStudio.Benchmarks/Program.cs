namespace JourneyStudio.Benchmarks;

/// <summary>
/// Figures for docs/benchmarks.md. Each is printed beside a floor measured in the same run on the same machine.
/// `./build.sh bench storage`, `canvas`, `live`, `feedback` or `heat` runs one group (live also measures storage, its floor); no argument runs all.
/// </summary>
/// <remarks>An explicit Main rather than top-level statements: those would declare a global Program and hide the web app's, which the canvas host starts.</remarks>
public static class BenchmarkRun
{
    public static async Task Main(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("JOURNEYSTUDIO_TEST_PG")
            ?? throw new InvalidOperationException("Run with ./build.sh bench, which starts PostgreSQL and sets JOURNEYSTUDIO_TEST_PG.");
        bool Runs(string group) => args.Length == 0 || args.Contains(group, StringComparer.OrdinalIgnoreCase);

        var report = new Report();
        if (Runs("storage") || Runs("live"))
        {
            await using var bench = await MapBenchmarks.StartAsync(connectionString);
            await bench.CommandsPerSecondAsync(report, commands: 1000);
            await bench.ParallelCommandsPerSecondAsync(report, writers: 8, commandsEach: 100);
            await bench.LoadThousandCardMapAsync(report, cards: 1000, repeats: 30);
        }
        if (Runs("canvas"))
        {
            await using var canvas = await CanvasBenchmarks.StartAsync();
            await canvas.FirstInteractiveRenderAsync(report, cards: 1000, runs: 9);
            await canvas.DropCommitAsync(report, cards: 1000, drops: 21);
        }
        if (Runs("live"))
        {
            await using var live = await LiveBenchmarks.StartAsync(connectionString);
            foreach (var editors in new[] { 2, 10, 50 }) await live.EditLatencyAsync(report, editors, edits: 200);
            await live.SustainedCommandsAsync(report, senders: 8, commandsEach: 100, insertFloor: report.Find("commands/s on one map (8 parallel writers"));
            await live.MemoryPerEditorAsync(report, editors: 50);
        }
        if (Runs("feedback"))
        {
            await using var feedback = await FeedbackBenchmarks.StartAsync();
            await feedback.ImportVersusCopyAsync(report, rows: int.TryParse(Environment.GetEnvironmentVariable("FEEDBACK_BENCH_ROWS"), out var n) ? n : 100_000, runs: 3);
            FeedbackBenchmarks.MatchingThroughput(report, rules: 200, items: 20_000);
        }
        if (Runs("heat"))
        {
            await using var heat = await HeatBenchmarks.StartAsync();
            await heat.LoadTalliesAsync(report, items: 1_000_000);
            await heat.QueryAsync(report, weeks: 4, queries: 200);
            await heat.QueryAsync(report, weeks: 13, queries: 200);
            await heat.FoldAsync(report, items: 10_000, batch: 500);
        }
        report.Print();
    }
}
