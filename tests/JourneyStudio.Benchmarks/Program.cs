namespace JourneyStudio.Benchmarks;

/// <summary>
/// Figures for docs/benchmarks.md. Each is printed beside a floor measured in the same run on the same machine.
/// `./build.sh bench storage` or `./build.sh bench canvas` runs one group; no argument runs both.
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
        if (Runs("storage"))
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
        report.Print();
    }
}
