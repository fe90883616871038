using Marten;
using Npgsql;

namespace JourneyStudio.Web.Heat.Storage;

/// <summary>
/// The heat tables and the trigger that keeps the weekly touchpoint tally exact.
/// <para>
/// <c>heat_touchpoint_week</c> holds one row per (map, ISO week's Monday, touchpoint card) with the four integers of
/// a <see cref="Domain.Heat.HeatTally"/>. It is changed by a row trigger on the feedback match table
/// (<c>mt_doc_feedbackmatch</c>), so whatever writes a match — an import batch, an item updated upstream, the re-match
/// job, a manual assignment — moves the tally in the same transaction: the old row's contribution leaves its cell and
/// the new row's enters (another week, card or stage). Concurrent writers of one match row queue on its row lock, so
/// no contribution is counted twice or lost, and nothing ever rescans the feedback.
/// </para>
/// <para>
/// The trigger rounds scores to millionths half away from zero (PostgreSQL's <c>round(numeric)</c>), as
/// <see cref="Domain.Heat.ScoredItem.ScoreMicros"/> does, and counts an item negative when its score is below zero.
/// Unscored items carry no heat. The roll-up tables (per stage, map and workspace) are filled by <see cref="Jobs.HeatRollupJob"/>.
/// </para>
/// </summary>
public static class HeatTables
{
    public const string Touchpoints = "heat_touchpoint_week";
    public const string Stages = "heat_stage_week";
    public const string Maps = "heat_map_week";
    public const string Workspaces = "heat_workspace_week";
    private const string Matches = "mt_doc_feedbackmatch";

    private const string TallyColumns = "items bigint not null, negative bigint not null, score_micros bigint not null, pain_micros bigint not null";

    /// <summary>Creates what is missing; on first creation fills the tally from the matches already stored, under a lock so no write slips between.</summary>
    public static async Task InstallAsync(IDocumentStore store, CancellationToken ct)
    {
        var schema = store.Options.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"lock table {schema}.{Matches} in share row exclusive mode", ct);
        var exists = await ScalarAsync(connection, $"select to_regclass('{schema}.{Touchpoints}') is not null", ct);
        await ExecuteAsync(connection, Ddl(schema), ct);
        if (!exists) await ExecuteAsync(connection, Backfill(schema), ct);
        await tx.CommitAsync(ct);
    }

    private static string Ddl(string s) => $"""
        create table if not exists {s}.{Touchpoints} (
            map_id uuid not null, week date not null, card_id uuid not null,
            workspace_id uuid not null, stage_id uuid not null, {TallyColumns},
            primary key (map_id, week, card_id));
        create index if not exists heat_touchpoint_week_workspace on {s}.{Touchpoints} (workspace_id);
        create table if not exists {s}.{Stages} (
            map_id uuid not null, week date not null, stage_id uuid not null, workspace_id uuid not null, {TallyColumns},
            primary key (map_id, week, stage_id));
        create table if not exists {s}.{Maps} (
            workspace_id uuid not null, week date not null, map_id uuid not null, {TallyColumns},
            primary key (workspace_id, week, map_id));
        create table if not exists {s}.{Workspaces} (
            workspace_id uuid not null, week date not null, {TallyColumns},
            primary key (workspace_id, week));

        create or replace function {s}.heat_fold_match(ws uuid, map uuid, stage uuid, card uuid, wk date, sign int, score numeric)
        returns void language plpgsql as $fn$
        declare micros bigint := round(score * 1000000);
        begin
            insert into {s}.{Touchpoints} as h (map_id, week, card_id, workspace_id, stage_id, items, negative, score_micros, pain_micros)
            values (map, wk, card, ws, stage, sign, case when score < 0 then sign else 0 end, sign * micros,
                    case when score < 0 then -sign * micros else 0 end)
            on conflict (map_id, week, card_id) do update set
                items = h.items + excluded.items, negative = h.negative + excluded.negative,
                score_micros = h.score_micros + excluded.score_micros, pain_micros = h.pain_micros + excluded.pain_micros,
                stage_id = case when sign > 0 then excluded.stage_id else h.stage_id end;
            delete from {s}.{Touchpoints} where map_id = map and week = wk and card_id = card and items = 0;
        end $fn$;

        create or replace function {s}.heat_fold_trigger() returns trigger language plpgsql as $fn$
        begin
            if tg_op in ('UPDATE', 'DELETE') and old.data->>'score' is not null then
                perform {s}.heat_fold_match(old.workspace_id, old.map_id, (old.data->>'stageId')::uuid, old.card_id, old.week, -1, (old.data->>'score')::numeric);
            end if;
            if tg_op in ('INSERT', 'UPDATE') and new.data->>'score' is not null then
                perform {s}.heat_fold_match(new.workspace_id, new.map_id, (new.data->>'stageId')::uuid, new.card_id, new.week, 1, (new.data->>'score')::numeric);
            end if;
            return null;
        end $fn$;

        drop trigger if exists heat_fold on {s}.{Matches};
        create trigger heat_fold after insert or update or delete on {s}.{Matches}
            for each row execute function {s}.heat_fold_trigger();
        """;

    private static string Backfill(string s) => $"""
        insert into {s}.{Touchpoints} (map_id, week, card_id, workspace_id, stage_id, items, negative, score_micros, pain_micros)
        select map_id, week, card_id, min(workspace_id::text)::uuid, min(data->>'stageId')::uuid, count(*),
               count(*) filter (where (data->>'score')::numeric < 0),
               sum(round((data->>'score')::numeric * 1000000)),
               sum(case when (data->>'score')::numeric < 0 then -round((data->>'score')::numeric * 1000000) else 0 end)
        from {s}.{Matches} where data->>'score' is not null
        group by map_id, week, card_id;
        """;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<bool> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
