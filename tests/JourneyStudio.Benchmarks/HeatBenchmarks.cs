using System.Diagnostics;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Testing;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Feedback.Storage;
using JourneyStudio.Web.Heat;
using JourneyStudio.Web.Heat.Storage;
using JourneyStudio.Web.Maps;
using JourneyStudio.Web.Maps.Templates;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace JourneyStudio.Benchmarks;

/// <summary>
/// Heat at scale, in the real app's schema: 50 maps of 24 touchpoints, and the weekly tallies that 1,000,000 feedback
/// items spread over two years make, written straight into the tally table with COPY (the items themselves are not
/// needed to read heat, which is the point). Then the heat query a canvas makes, and folding new items in.
/// </summary>
public sealed class HeatBenchmarks : IAsyncDisposable
{
    private const int Maps = 50, StagesPerMap = 6, TouchpointsPerStage = 4, Weeks = 104;
    private readonly JourneyStudioApp app;
    private readonly IDocumentStore store;
    private readonly Guid workspaceId = Guid.NewGuid();
    private readonly List<JourneyMap> maps = [];
    private readonly IsoWeek firstWeek = IsoWeek.Of(new DateOnly(2025, 1, 6));

    private HeatBenchmarks(JourneyStudioApp app)
    {
        this.app = app;
        store = app.Services.GetRequiredService<IDocumentStore>();
    }

    public static async Task<HeatBenchmarks> StartAsync()
    {
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var bench = new HeatBenchmarks(new JourneyStudioApp());
        await bench.CreateMapsAsync();
        return bench;
    }

    private async Task CreateMapsAsync()
    {
        var writer = app.Services.GetRequiredService<MapWriter>();
        var actor = new Actor(Guid.NewGuid(), "Benchmark");
        var catalog = new WorkspaceCatalog(workspaceId, [], []);
        await using var query = store.QuerySession();
        var creator = new MapCreator(writer, new TemplateCatalog(query));
        for (var m = 0; m < Maps; m++)
        {
            var ctx = new DecisionContext(actor, DateTimeOffset.UtcNow, catalog, Guid.NewGuid);
            var map = (await creator.CreateAsync(new CreateMap($"Heat map {m}"), null, ctx, CancellationToken.None)).Map;
            var lane = Guid.NewGuid();
            var commands = new List<MapCommand> { new AddLane("Touchpoints", LaneKind.Touchpoints, lane) };
            var stages = Enumerable.Range(0, StagesPerMap).Select(_ => Guid.NewGuid()).ToList();
            commands.AddRange(stages.Select((s, i) => new AddStage($"Stage {i + 1}", s)));
            commands.AddRange(map.OrderedStages.Select(s => new RemoveStage(s.Id)));
            commands.AddRange(stages.SelectMany(s => Enumerable.Range(0, TouchpointsPerStage).Select(t => new AddCard(s, lane, $"Touchpoint {t + 1}"))));
            maps.Add((await writer.ApplyAsync(map.Id, commands, actor, catalog, CancellationToken.None))!.Map);
        }
    }

    /// <summary>1,000,000 items drawn at random over the maps' touchpoints and 104 weeks, summed per cell and COPYed in.</summary>
    public async Task LoadTalliesAsync(Report report, int items)
    {
        var random = new Random(20261124);
        var touchpoints = maps.SelectMany(m => m.Cards.Select(c => (Map: m.Id, c.StageId, Card: c.Id))).ToArray();
        var cells = new Dictionary<(int Touchpoint, int Week), (long N, long K, long Score, long Pain)>();
        for (var i = 0; i < items; i++)
        {
            var t = random.Next(touchpoints.Length);
            var w = random.Next(Weeks);
            // Touchpoints differ in how unhappy their customers are: a bias per touchpoint, noise per item.
            var score = Math.Clamp(Math.Round(((t % 7) - 3) / 4.0 + (random.NextDouble() * 2 - 1) * 0.8, 4), -1, 1);
            var micros = (long)Math.Round(score * ScoredItem.MicrosPerUnit, MidpointRounding.AwayFromZero);
            var c = cells.GetValueOrDefault((t, w));
            cells[(t, w)] = (c.N + 1, c.K + (score < 0 ? 1 : 0), c.Score + micros, c.Pain + (score < 0 ? -micros : 0));
        }
        var watch = Stopwatch.StartNew();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"copy {store.Options.DatabaseSchemaName}.{HeatTables.Touchpoints} (map_id, week, card_id, workspace_id, stage_id, items, negative, score_micros, pain_micros) from stdin (format binary)"))
        {
            foreach (var ((t, w), c) in cells)
            {
                var tp = touchpoints[t];
                await copy.StartRowAsync();
                await copy.WriteAsync(tp.Map, NpgsqlDbType.Uuid);
                await copy.WriteAsync(firstWeek.Plus(w).Monday, NpgsqlDbType.Date);
                await copy.WriteAsync(tp.Card, NpgsqlDbType.Uuid);
                await copy.WriteAsync(workspaceId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(tp.StageId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(c.N, NpgsqlDbType.Bigint);
                await copy.WriteAsync(c.K, NpgsqlDbType.Bigint);
                await copy.WriteAsync(c.Score, NpgsqlDbType.Bigint);
                await copy.WriteAsync(c.Pain, NpgsqlDbType.Bigint);
            }
            await copy.CompleteAsync();
        }
        await new NpgsqlCommand($"analyze {store.Options.DatabaseSchemaName}.{HeatTables.Touchpoints}", connection).ExecuteNonQueryAsync();
        Console.WriteLine($"heat: {items:N0} items → {cells.Count:N0} weekly touchpoint tallies over {Maps} maps, COPYed in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// GET-heat's work for one map and one window (load the map, the workspace setting and the window's tallies, roll
    /// up to touchpoints, stages and the map with weekly series), on random maps. Floor: the bare indexed select of the
    /// same tally rows on a pooled connection.
    /// </summary>
    public async Task QueryAsync(Report report, int weeks, int queries)
    {
        var random = new Random(7);
        var rows = app.Services.GetRequiredService<HeatRows>();
        var last = firstWeek.Plus(Weeks - 1);
        var window = new HeatWindow(last.Plus(-(weeks - 1)), last, $"last {weeks} weeks");
        var caller = new FixedCaller(new Caller(new Actor(Guid.NewGuid(), "Benchmark"), workspaceId, WorkspaceRole.Viewer));
        var ours = new List<double>();
        var floor = new List<double>();
        var schema = store.Options.DatabaseSchemaName;
        for (var i = 0; i < queries + 10; i++)
        {
            var mapId = maps[random.Next(maps.Count)].Id;
            var watch = Stopwatch.StartNew();
            await using (var session = store.QuerySession())
            {
                var queriesService = new HeatQueries(new MapReader(session, caller), caller, session, rows, TimeProvider.System);
                var heat = await queriesService.MapAsync(mapId, null, HeatQueries.Custom, window.First.Monday, window.Last.Monday.AddDays(6), CancellationToken.None)
                           ?? throw new InvalidOperationException("map not found");
                if (heat.Touchpoints.Count != StagesPerMap * TouchpointsPerStage) throw new InvalidOperationException("wrong heat");
            }
            var ms = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            long read = 0;
            await using (var connection = store.Storage.Database.CreateConnection())
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(
                    $"select card_id, week, items, negative, score_micros, pain_micros from {schema}.{HeatTables.Touchpoints} where map_id = $1 and week between $2 and $3",
                    connection) { Parameters = { new() { Value = mapId }, new() { Value = window.First.Monday }, new() { Value = window.Last.Monday } } };
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) read += reader.GetInt64(2);
            }
            var floorMs = watch.Elapsed.TotalMilliseconds;
            if (i < 10) continue; // warm-up
            ours.Add(ms);
            floor.Add(floorMs);
        }
        report.Add($"heat of one map, {weeks}-week window (p50, 1M items' tallies over 50 maps)", Report.Median(ours), "ms", "bare indexed select of the same rows (p50)", Report.Median(floor));
        report.Add($"heat of one map, {weeks}-week window (p95)", Percentile(ours, 0.95), "ms", "bare indexed select of the same rows (p95)", Percentile(floor, 0.95));
    }

    /// <summary>
    /// An import's write of 10,000 new matched items (item and match documents, in the importer's batches of 500) with
    /// the tally trigger folding them in, against the same writes with the trigger disabled: the difference is the
    /// cost of keeping heat up to date. Alternated three times; medians.
    /// </summary>
    public async Task FoldAsync(Report report, int items, int batch)
    {
        var with = new List<double>();
        var without = new List<double>();
        var random = new Random(11);
        var touchpoints = maps.SelectMany(m => m.Cards.Select(c => new TouchpointMatch(m.Id, c.StageId, c.Id, MatchOrigin.Rule, 0, "benchmark"))).ToArray();
        for (var round = 0; round < 3; round++)
        {
            without.Add(await WriteAsync(enabled: false));
            with.Add(await WriteAsync(enabled: true));
        }
        var ours = Report.Median(with);
        var floor = Report.Median(without);
        report.Add($"{items:N0} new matched items written with heat folded in ({batch} a batch)", ours, "ms", "the same writes, tally trigger off", floor);
        report.Add($"heat folding's own cost per {items:N0} items", ours - floor, "ms", "the writes themselves", floor);

        async Task<double> WriteAsync(bool enabled)
        {
            var schema = store.Options.DatabaseSchemaName;
            await using (var connection = store.Storage.Database.CreateConnection())
            {
                await connection.OpenAsync();
                await new NpgsqlCommand($"alter table {schema}.{FeedbackTables.Matches} {(enabled ? "enable" : "disable")} trigger user", connection).ExecuteNonQueryAsync();
            }
            var now = DateTimeOffset.UtcNow;
            var prepared = Enumerable.Range(0, items).Select(_ =>
            {
                var id = Guid.NewGuid();
                var at = firstWeek.Plus(random.Next(Weeks)).Start.AddHours(random.Next(24 * 7));
                var match = touchpoints[random.Next(touchpoints.Length)];
                var item = new Domain.Feedback.FeedbackItem
                {
                    Id = id, WorkspaceId = workspaceId, SourceId = Guid.Empty, Key = "id:" + id, Text = "benchmark item",
                    Score = Math.Round(random.NextDouble() * 2 - 1, 4), ReceivedAt = at, Week = Domain.Feedback.FeedbackItem.WeekOf(at), ImportedAt = now,
                };
                item = item.WithMatches([match]);
                return (item, FeedbackMatch.Of(item, match));
            }).ToList();
            var feedback = app.Services.GetRequiredService<FeedbackStore>();
            var watch = Stopwatch.StartNew();
            foreach (var chunk in prepared.Chunk(batch))
            {
                var changes = new FeedbackChangeSet();
                changes.Fresh.AddRange(chunk.Select(c => c.item));
                changes.FreshMatches.AddRange(chunk.Select(c => c.Item2));
                await feedback.WriteAsync(workspaceId, (_, _) => Task.FromResult((true, changes)), CancellationToken.None);
            }
            return watch.Elapsed.TotalMilliseconds;
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed class FixedCaller(Caller caller) : ICurrentActor
    {
        public Task<Caller> RequireAsync(Permission permission, CancellationToken ct) => Task.FromResult(caller);
        public Task<Caller?> FindAsync(CancellationToken ct) => Task.FromResult<Caller?>(caller);
        public Task<(Caller Caller, JourneyStudio.Domain.Workspaces.WorkspaceCatalog Workspace)> RequireInWorkspaceAsync(Permission permission, CancellationToken ct) =>
            Task.FromResult((caller, new JourneyStudio.Domain.Workspaces.WorkspaceCatalog(caller.WorkspaceId, [], [])));
    }
}
