using Hangfire;
using JourneyStudio.Web.Heat.Storage;
using Marten;
using Npgsql;

namespace JourneyStudio.Web.Heat.Jobs;

/// <summary>
/// Rolls a workspace's weekly touchpoint tallies up to stages, maps and the workspace, for the cross-journey views.
/// It adds stored tallies (a few hundred rows per map), never feedback items, and replaces the roll-up rows of the
/// workspace in one transaction, so a reader sees the old roll-up or the new one. Queued after every import batch or
/// re-match that changed evidence; running it twice gives the same rows.
/// </summary>
public sealed class HeatRollupJob(IDocumentStore store)
{
    [Queue("default")]
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(60)]
    [JobDisplayName("Roll heat up for workspace {0}")]
    public async Task RunAsync(Guid workspaceId, CancellationToken ct)
    {
        var s = store.Options.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        const string sums = "sum(items), sum(negative), sum(score_micros), sum(pain_micros)";
        await using var command = new NpgsqlCommand($"""
            delete from {s}.{HeatTables.Stages} where workspace_id = @ws;
            insert into {s}.{HeatTables.Stages} (map_id, week, stage_id, workspace_id, items, negative, score_micros, pain_micros)
                select map_id, week, stage_id, workspace_id, {sums} from {s}.{HeatTables.Touchpoints} where workspace_id = @ws group by map_id, week, stage_id, workspace_id;
            delete from {s}.{HeatTables.Maps} where workspace_id = @ws;
            insert into {s}.{HeatTables.Maps} (workspace_id, week, map_id, items, negative, score_micros, pain_micros)
                select workspace_id, week, map_id, {sums} from {s}.{HeatTables.Stages} where workspace_id = @ws group by workspace_id, week, map_id;
            delete from {s}.{HeatTables.Workspaces} where workspace_id = @ws;
            insert into {s}.{HeatTables.Workspaces} (workspace_id, week, items, negative, score_micros, pain_micros)
                select workspace_id, week, {sums} from {s}.{HeatTables.Maps} where workspace_id = @ws group by workspace_id, week;
            """, connection, tx) { Parameters = { new("ws", workspaceId) } };
        await command.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }
}
