using JourneyStudio.Domain.Heat;
using Marten;
using Npgsql;

namespace JourneyStudio.Web.Heat.Storage;

/// <summary>Reads stored weekly tallies: one indexed range read per request, never the feedback items.</summary>
public sealed class HeatRows(IDocumentStore store)
{
    private string Schema => store.Options.DatabaseSchemaName;

    /// <summary>The map's touchpoint cells in the window, by (card, week).</summary>
    public async Task<Dictionary<HeatCell, HeatTally>> TouchpointsAsync(Guid mapId, HeatWindow window, CancellationToken ct) =>
        (await TouchpointsAsync([mapId], window, ct)).ToDictionary(c => c.Key.Cell, c => c.Value);

    /// <summary>
    /// The touchpoint cells of several maps in the window, in one read, by map as well as (card, week): a card id is
    /// unique within its map only.
    /// </summary>
    public async Task<Dictionary<(Guid MapId, HeatCell Cell), HeatTally>> TouchpointsAsync(IReadOnlyCollection<Guid> mapIds, HeatWindow window, CancellationToken ct)
    {
        var cells = new Dictionary<(Guid, HeatCell), HeatTally>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select map_id, card_id, week, items, negative, score_micros, pain_micros from {Schema}.{HeatTables.Touchpoints} where map_id = any($1) and week between $2 and $3",
            connection) { Parameters = { new() { Value = mapIds.ToArray() }, new() { Value = window.First.Monday }, new() { Value = window.Last.Monday } } };
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) cells[(reader.GetGuid(0), new HeatCell(reader.GetGuid(1), Week(reader, 2)))] = Tally(reader, 3);
        return cells;
    }

    /// <summary>The rolled-up tallies of a workspace's maps and stages in the window, by week.</summary>
    public async Task<WorkspaceRows> WorkspaceAsync(Guid workspaceId, HeatWindow window, CancellationToken ct)
    {
        var maps = new Dictionary<(Guid MapId, IsoWeek Week), HeatTally>();
        var stages = new Dictionary<(Guid MapId, Guid StageId, IsoWeek Week), HeatTally>();
        var workspace = new Dictionary<IsoWeek, HeatTally>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command($"select map_id, week, items, negative, score_micros, pain_micros from {Schema}.{HeatTables.Maps} where workspace_id = $1 and week between $2 and $3"),
                Command($"select map_id, stage_id, week, items, negative, score_micros, pain_micros from {Schema}.{HeatTables.Stages} where workspace_id = $1 and week between $2 and $3"),
                Command($"select week, items, negative, score_micros, pain_micros from {Schema}.{HeatTables.Workspaces} where workspace_id = $1 and week between $2 and $3"),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) maps[(reader.GetGuid(0), Week(reader, 1))] = Tally(reader, 2);
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) stages[(reader.GetGuid(0), reader.GetGuid(1), Week(reader, 2))] = Tally(reader, 3);
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) workspace[Week(reader, 0)] = Tally(reader, 1);
        return new WorkspaceRows(maps, stages, workspace);

        NpgsqlBatchCommand Command(string sql) => new(sql)
            { Parameters = { new() { Value = workspaceId }, new() { Value = window.First.Monday }, new() { Value = window.Last.Monday } } };
    }

    private static IsoWeek Week(NpgsqlDataReader reader, int i) => IsoWeek.Of(reader.GetFieldValue<DateOnly>(i));

    private static HeatTally Tally(NpgsqlDataReader reader, int i) =>
        new(reader.GetInt64(i), reader.GetInt64(i + 1), reader.GetInt64(i + 2), reader.GetInt64(i + 3));
}

public sealed record WorkspaceRows(
    IReadOnlyDictionary<(Guid MapId, IsoWeek Week), HeatTally> Maps,
    IReadOnlyDictionary<(Guid MapId, Guid StageId, IsoWeek Week), HeatTally> Stages,
    IReadOnlyDictionary<IsoWeek, HeatTally> Workspace);
