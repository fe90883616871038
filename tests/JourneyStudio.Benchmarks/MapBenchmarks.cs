using System.Diagnostics;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Maps;
using JourneyStudio.Web.Maps.Templates;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace JourneyStudio.Benchmarks;

/// <summary>The map write path and read path, through the same services the app uses, on a schema of its own.</summary>
public sealed class MapBenchmarks : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly string connectionString;
    private readonly IDocumentStore store;
    private readonly MapWriter writer;
    private readonly WorkspaceCatalog workspace = new(Guid.NewGuid(), [], []);
    private readonly Actor actor = new(Guid.NewGuid(), "Benchmark");

    private MapBenchmarks(ServiceProvider services, string connectionString)
    {
        this.services = services;
        this.connectionString = connectionString;
        store = services.GetRequiredService<IDocumentStore>();
        writer = services.GetRequiredService<MapWriter>();
    }

    public static async Task<MapBenchmarks> StartAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = connectionString,
            ["JourneyStudio:Schema"] = "bench_" + Guid.NewGuid().ToString("N")[..8],
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddJourneyStudioMarten(configuration)
            .AddMaps()
            .BuildServiceProvider();
        await services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand("create table if not exists bench_floor (id uuid primary key, data jsonb not null)", connection).ExecuteNonQueryAsync();
        return new MapBenchmarks(services, connectionString);
    }

    private async Task<JourneyMap> NewMapAsync()
    {
        var ctx = new DecisionContext(actor, DateTimeOffset.UtcNow, workspace, Guid.NewGuid);
        var creator = new MapCreator(writer, new TemplateCatalog(store.QuerySession()));
        return (await creator.CreateAsync(new CreateMap("Benchmark map"), null, ctx, CancellationToken.None)).Map;
    }

    /// <summary>One writer, one command per transaction. Floor: one small jsonb insert per transaction, read-then-write like ours.</summary>
    public async Task CommandsPerSecondAsync(Report report, int commands)
    {
        var map = await NewMapAsync();
        var (stage, lane) = (map.OrderedStages.First().Id, map.OrderedLanes.First().Id);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < commands; i++)
            await writer.ApplyAsync(map.Id, [new AddCard(stage, lane, $"card {i}")], actor, workspace, CancellationToken.None);
        var ours = commands / watch.Elapsed.TotalSeconds;

        var floor = await FloorInsertsPerSecondAsync(commands);
        report.Add("commands/s appended to one map (1 writer, growing to 1,000 cards)", ours, "cmd/s", "select + small jsonb insert per transaction", floor);
        var rewrite = await FloorSnapshotRewritesPerSecondAsync(map.Id, 200);
        report.Add("the same, against the snapshot floor", ours, "cmd/s", "read + rewrite the final snapshot row per transaction", rewrite);
    }

    /// <summary>Several writers on the same map: they contend on the stream version and retry.</summary>
    public async Task ParallelCommandsPerSecondAsync(Report report, int writers, int commandsEach)
    {
        var map = await NewMapAsync();
        var (stage, lane) = (map.OrderedStages.First().Id, map.OrderedLanes.First().Id);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < commandsEach; i++)
                await writer.ApplyAsync(map.Id, [new AddCard(stage, lane, $"w{w} card {i}")], actor, workspace, CancellationToken.None);
        })));
        var ours = writers * commandsEach / watch.Elapsed.TotalSeconds;
        await using var session = store.QuerySession();
        var cards = (await session.LoadAsync<JourneyMap>(map.Id))!.Cards.Count;
        if (cards != writers * commandsEach) throw new InvalidOperationException($"Lost intents: {cards} of {writers * commandsEach} cards.");
        var floor = await FloorInsertsPerSecondAsync(writers * commandsEach, parallel: writers);
        report.Add($"commands/s on one map ({writers} parallel writers, none lost)", ours, "cmd/s", $"jsonb inserts, {writers} parallel", floor);
    }

    /// <summary>Opening a 1,000-card map: the snapshot, and the fold of every event (the past-version path).</summary>
    public async Task LoadThousandCardMapAsync(Report report, int cards, int repeats)
    {
        var map = await NewMapAsync();
        var stages = map.OrderedStages.ToList();
        var lanes = map.OrderedLanes.Where(l => l.Kind != LaneKind.Emotions).ToList();
        for (var batch = 0; batch < cards / 100; batch++)
        {
            var commands = Enumerable.Range(0, 100).Select(i => (MapCommand)new AddCard(
                stages[(batch * 100 + i) % stages.Count].Id, lanes[(batch * 100 + i) % lanes.Count].Id,
                $"Card {batch * 100 + i}: a realistic sentence about what the customer does at this point")).ToList();
            await writer.ApplyAsync(map.Id, commands, actor, workspace, CancellationToken.None);
        }

        var snapshot = new List<double>();
        var fold = new List<double>();
        var raw = new List<double>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var schema = store.Options.DatabaseSchemaName;
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            await using (var session = store.QuerySession()) _ = await session.LoadAsync<JourneyMap>(map.Id);
            snapshot.Add(watch.Elapsed.TotalMilliseconds);

            watch.Restart();
            await using (var session = store.QuerySession())
            {
                var events = await session.Events.FetchStreamAsync(map.Id);
                _ = JourneyMap.Fold(events.Select(e => (IMapEvent)e.Data));
            }
            fold.Add(watch.Elapsed.TotalMilliseconds);

            watch.Restart();
            await using (var command = new NpgsqlCommand($"select data::text from {schema}.mt_doc_journeymap where id = @id", connection))
            {
                command.Parameters.AddWithValue("id", map.Id);
                _ = (string?)await command.ExecuteScalarAsync();
            }
            raw.Add(watch.Elapsed.TotalMilliseconds);
        }
        report.Add($"open a {cards}-card map (snapshot, median of {repeats})", Report.Median(snapshot), "ms", "raw jsonb text of the same row", Report.Median(raw));
        report.Add($"rebuild a {cards}-card map from its events (past-version path)", Report.Median(fold), "ms", "raw jsonb text of the snapshot row", Report.Median(raw));
    }

    private async Task<double> FloorInsertsPerSecondAsync(int count, int parallel = 1)
    {
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            for (var i = 0; i < count / parallel; i++)
            {
                await using var tx = await connection.BeginTransactionAsync();
                await using (var read = new NpgsqlCommand("select count(*) from bench_floor where id = @id", connection, tx))
                {
                    read.Parameters.AddWithValue("id", Guid.NewGuid());
                    await read.ExecuteScalarAsync();
                }
                await using (var write = new NpgsqlCommand("insert into bench_floor (id, data) values (@id, @data::jsonb)", connection, tx))
                {
                    write.Parameters.AddWithValue("id", Guid.NewGuid());
                    write.Parameters.AddWithValue("data", "{\"text\": \"a realistic sentence about the customer\"}");
                    await write.ExecuteNonQueryAsync();
                }
                await tx.CommitAsync();
            }
        })));
        return count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>What keeping a whole-map snapshot costs: read the map's row and write it back whole, once per transaction.</summary>
    private async Task<double> FloorSnapshotRewritesPerSecondAsync(Guid mapId, int count)
    {
        var table = $"{store.Options.DatabaseSchemaName}.mt_doc_journeymap";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await using var tx = await connection.BeginTransactionAsync();
            string data;
            await using (var read = new NpgsqlCommand($"select data::text from {table} where id = @id", connection, tx))
            {
                read.Parameters.AddWithValue("id", mapId);
                data = (string)(await read.ExecuteScalarAsync())!;
            }
            await using (var write = new NpgsqlCommand("insert into bench_floor (id, data) values (@id, @data::jsonb)", connection, tx))
            {
                write.Parameters.AddWithValue("id", Guid.NewGuid());
                write.Parameters.AddWithValue("data", data);
                await write.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
        }
        return count / watch.Elapsed.TotalSeconds;
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
