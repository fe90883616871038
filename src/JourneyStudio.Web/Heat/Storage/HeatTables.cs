using JourneyStudio.Web.Hosting;
using Marten;
using Npgsql;

namespace JourneyStudio.Web.Heat.Storage;

/// <summary>
/// The heat tables and the triggers that keep the weekly touchpoint tally exact.
/// <para>
/// <c>heat_touchpoint_week</c> holds one row per (map, ISO week's Monday, touchpoint card) with the four integers of
/// a <see cref="Domain.Heat.HeatTally"/>. It is changed by statement triggers on the feedback match table
/// (<c>feedback_match</c>), so whatever writes matches — an import batch, an item updated upstream, the re-match
/// job, a manual assignment — moves the tally in the same transaction: the old rows' contributions leave their cells
/// and the new rows' enter (another week, card or stage). Each statement folds its rows grouped by cell, one upsert
/// per cell in key order, so a COPY of thousands of matches costs a few hundred tally updates, not one per row.
/// Concurrent writers of one match row queue on its row lock, so no contribution is counted twice or lost, and
/// nothing ever rescans the feedback.
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
    private const string Matches = Feedback.Storage.FeedbackTables.Matches;

    private const string TallyColumns = "items bigint not null, negative bigint not null, score_micros bigint not null, pain_micros bigint not null";

    /// <summary>Creates what is missing; on first creation fills the tally from the matches already stored, under a lock so no write slips between.</summary>
    public static async Task InstallAsync(IDocumentStore store, CancellationToken ct)
    {
        var schema = store.Options.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync($"lock table {schema}.{Matches} in share row exclusive mode", ct);
        var exists = await connection.TableExistsAsync($"{schema}.{Touchpoints}", ct);
        await connection.ExecuteAsync(Ddl(schema), ct);
        if (!exists) await connection.ExecuteAsync(Backfill(schema), ct);
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

        drop function if exists {s}.heat_fold_trigger() cascade;
        drop function if exists {s}.heat_fold_match(uuid, uuid, uuid, uuid, date, int, numeric);
        create or replace function {s}.heat_fold_rows() returns trigger language plpgsql as $fn$
        begin
            if tg_op in ('UPDATE', 'DELETE') then
                insert into {s}.{Touchpoints} as h (map_id, week, card_id, workspace_id, stage_id, items, negative, score_micros, pain_micros)
                select map_id, week, card_id, min(workspace_id::text)::uuid, min(stage_id::text)::uuid, -count(*), -count(*) filter (where score < 0),
                       -sum(round(score::numeric * 1000000)), sum(case when score < 0 then round(score::numeric * 1000000) else 0 end)
                from old_rows where score is not null
                group by map_id, week, card_id order by map_id, week, card_id
                on conflict (map_id, week, card_id) do update set
                    items = h.items + excluded.items, negative = h.negative + excluded.negative,
                    score_micros = h.score_micros + excluded.score_micros, pain_micros = h.pain_micros + excluded.pain_micros;
            end if;
            if tg_op in ('INSERT', 'UPDATE') then
                insert into {s}.{Touchpoints} as h (map_id, week, card_id, workspace_id, stage_id, items, negative, score_micros, pain_micros)
                select map_id, week, card_id, min(workspace_id::text)::uuid, min(stage_id::text)::uuid, count(*), count(*) filter (where score < 0),
                       sum(round(score::numeric * 1000000)), sum(case when score < 0 then -round(score::numeric * 1000000) else 0 end)
                from new_rows where score is not null
                group by map_id, week, card_id order by map_id, week, card_id
                on conflict (map_id, week, card_id) do update set
                    items = h.items + excluded.items, negative = h.negative + excluded.negative,
                    score_micros = h.score_micros + excluded.score_micros, pain_micros = h.pain_micros + excluded.pain_micros,
                    stage_id = excluded.stage_id;
            end if;
            if tg_op in ('UPDATE', 'DELETE') then
                delete from {s}.{Touchpoints} h using (select distinct map_id, week, card_id from old_rows) o
                where h.map_id = o.map_id and h.week = o.week and h.card_id = o.card_id and h.items = 0;
            end if;
            return null;
        end $fn$;

        drop trigger if exists heat_fold_insert on {s}.{Matches};
        drop trigger if exists heat_fold_update on {s}.{Matches};
        drop trigger if exists heat_fold_delete on {s}.{Matches};
        create trigger heat_fold_insert after insert on {s}.{Matches}
            referencing new table as new_rows for each statement execute function {s}.heat_fold_rows();
        create trigger heat_fold_update after update on {s}.{Matches}
            referencing old table as old_rows new table as new_rows for each statement execute function {s}.heat_fold_rows();
        create trigger heat_fold_delete after delete on {s}.{Matches}
            referencing old table as old_rows for each statement execute function {s}.heat_fold_rows();
        """;

    private static string Backfill(string s) => $"""
        insert into {s}.{Touchpoints} (map_id, week, card_id, workspace_id, stage_id, items, negative, score_micros, pain_micros)
        select map_id, week, card_id, min(workspace_id::text)::uuid, min(stage_id::text)::uuid, count(*),
               count(*) filter (where score < 0),
               sum(round(score::numeric * 1000000)),
               sum(case when score < 0 then -round(score::numeric * 1000000) else 0 end)
        from {s}.{Matches} where score is not null
        group by map_id, week, card_id;
        """;
}
