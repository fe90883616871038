using JourneyStudio.Benchmarks;

// Figures for docs/benchmarks.md. Each is printed beside a floor measured in the same run on the same PostgreSQL.
var connectionString = Environment.GetEnvironmentVariable("JOURNEYSTUDIO_TEST_PG")
    ?? throw new InvalidOperationException("Run with ./build.sh bench, which starts PostgreSQL and sets JOURNEYSTUDIO_TEST_PG.");

await using var bench = await MapBenchmarks.StartAsync(connectionString);
var report = new Report();
await bench.CommandsPerSecondAsync(report, commands: 1000);
await bench.ParallelCommandsPerSecondAsync(report, writers: 8, commandsEach: 100);
await bench.LoadThousandCardMapAsync(report, cards: 1000, repeats: 30);

await using (var live = await LiveBenchmarks.StartAsync(connectionString))
{
    foreach (var editors in new[] { 2, 10, 50 }) await live.EditLatencyAsync(report, editors, edits: 200);
    await live.SustainedCommandsAsync(report, senders: 8, commandsEach: 100, insertFloor: report.Find("commands/s on one map (8 parallel writers"));
    await live.MemoryPerEditorAsync(report, editors: 50);
}
report.Print();
