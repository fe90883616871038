using JourneyStudio.Web.Hosting;
using Marten;
using Npgsql;

namespace JourneyStudio.Web.Feedback.Storage;

/// <summary>
/// The feedback tables, in the store's schema. Items are flat rows written by binary COPY — what is filtered and
/// sorted on are real columns, the rest of the item (raw score, scale, fields) one <c>json</c> value that is stored,
/// not parsed into <c>jsonb</c> — because an import writes them by the hundred thousand and a Marten document of the
/// same item cost PostgreSQL about four times as much to take in. <c>feedback_match</c> is one row per item and
/// touchpoint, with why it matched: the only place an item's matches are kept, and what the heat tallies fold.
/// <para>
/// Indexes are the few the readers need: items by id and by workspace in time order (the explorer, the inbox, the
/// re-match walk), match rows by item (filters by journey, stage or touchpoint) and by touchpoint and week
/// (evidence, rule hits, the closed loop).
/// </para>
/// </summary>
public static class FeedbackTables
{
    public const string Items = "feedback_item";
    public const string Matches = "feedback_match";

    public static async Task InstallAsync(IDocumentStore store, CancellationToken ct)
    {
        var s = store.Options.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // One installer at a time: several instances may start together.
        await connection.ExecuteAsync("select pg_advisory_xact_lock(hashtext('journeystudio.feedback_tables'))", ct);
        await connection.ExecuteAsync(Ddl(s), ct);
        await MoveMartenDocumentsAsync(connection, s, ct);
        await tx.CommitAsync(ct);
    }

    private static string Ddl(string s) => $"""
        create schema if not exists {s};
        create table if not exists {s}.{Items} (
            id uuid primary key,
            workspace_id uuid not null,
            source_id uuid not null,
            received_at timestamptz not null,
            score float8,
            unscored boolean not null,
            match_count int not null,
            fingerprint text not null,
            text text not null,
            title text,
            author text,
            body json not null);
        create index if not exists feedback_item_recent on {s}.{Items} (workspace_id, received_at);
        create table if not exists {s}.{Matches} (
            item_id uuid not null,
            card_id uuid not null,
            workspace_id uuid not null,
            source_id uuid not null,
            map_id uuid not null,
            stage_id uuid not null,
            week date not null,
            received_at timestamptz not null,
            score float8,
            origin smallint not null,
            rule_index int,
            reason text not null,
            primary key (item_id, card_id));
        create index if not exists feedback_match_card on {s}.{Matches} (card_id, week);
        """;

    /// <summary>
    /// Feedback stored by an earlier version as Marten documents moves into the tables once, in this transaction;
    /// the heat tallies built from those matches stay as they are, since the same matches carry on.
    /// </summary>
    private static async Task MoveMartenDocumentsAsync(NpgsqlConnection connection, string s, CancellationToken ct)
    {
        if (await connection.TableExistsAsync($"{s}.mt_doc_feedbackitem", ct))
        {
            await connection.ExecuteAsync($"""
                insert into {s}.{Items} (id, workspace_id, source_id, received_at, score, unscored, match_count, fingerprint, text, title, author, body)
                select id, workspace_id, source_id, received_at, (data ->> 'score')::float8, coalesce((data ->> 'unscored')::boolean, false),
                       match_count, coalesce(data ->> 'fingerprint', ''), coalesce(data ->> 'text', ''), data ->> 'title', data ->> 'author',
                       (data - array['id', 'workspaceId', 'sourceId', 'receivedAt', 'score', 'unscored', 'matchCount', 'fingerprint', 'text', 'title', 'author', 'week', 'matches'])::json
                from {s}.mt_doc_feedbackitem
                on conflict (id) do nothing;
                drop table {s}.mt_doc_feedbackitem;
                """, ct);
        }
        if (await connection.TableExistsAsync($"{s}.mt_doc_feedbackmatch", ct))
        {
            // The tallies already count these matches; the heat triggers, if installed, must not count them again.
            await connection.ExecuteAsync($"""
                alter table {s}.{Matches} disable trigger user;
                insert into {s}.{Matches} (item_id, card_id, workspace_id, source_id, map_id, stage_id, week, received_at, score, origin, rule_index, reason)
                select item_id, card_id, workspace_id, (data ->> 'sourceId')::uuid, map_id, (data ->> 'stageId')::uuid, week,
                       (data ->> 'receivedAt')::timestamptz, (data ->> 'score')::float8,
                       case data ->> 'origin' when 'Manual' then 1 else 0 end, (data ->> 'ruleIndex')::int, coalesce(data ->> 'reason', '')
                from {s}.mt_doc_feedbackmatch
                on conflict (item_id, card_id) do nothing;
                alter table {s}.{Matches} enable trigger user;
                drop table {s}.mt_doc_feedbackmatch;
                """, ct);
        }
    }
}
