using System.Runtime.CompilerServices;
using JourneyStudio.Domain.Feedback;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace JourneyStudio.Web.Feedback.Storage;

/// <summary>
/// Reads and writes the feedback tables (<see cref="FeedbackTables"/>) on connections from Marten's data source.
/// Writers put match rows in the tally's key order (map, week, card), the order the heat trigger locks tally rows in.
/// </summary>
public sealed class FeedbackStore(IDocumentStore store)
{
    public string Items { get; } = $"{store.Options.DatabaseSchemaName}.{FeedbackTables.Items}";
    public string Matches { get; } = $"{store.Options.DatabaseSchemaName}.{FeedbackTables.Matches}";

    /// <summary>The start of a query for whole items (alias <c>d</c>), as <see cref="FeedbackRows.Read"/> reads them; add the where clause.</summary>
    public string SelectItems => $"select {FeedbackRows.Columns("d", Matches)} from {Items} d";

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }

    public async Task<FeedbackItem?> LoadAsync(Guid id, CancellationToken ct) => (await LoadManyAsync([id], ct)).SingleOrDefault();

    public async Task<IReadOnlyList<FeedbackItem>> LoadManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await OpenAsync(ct);
        return await LoadManyAsync(connection, ids, ct);
    }

    public async Task<List<FeedbackItem>> LoadManyAsync(NpgsqlConnection connection, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await QueryAsync(connection, $"{SelectItems} where d.id = any($1)", [ids.ToArray()], ct);

    /// <summary>The fingerprints of those of <paramref name="ids"/> that are stored: enough to tell new, unchanged and changed apart.</summary>
    public async Task<Dictionary<Guid, string>> FingerprintsAsync(NpgsqlConnection connection, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var found = new Dictionary<Guid, string>();
        await using var command = Command(connection, $"select d.id, d.fingerprint from {Items} d where d.id = any($1)", [ids.ToArray()]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) found[reader.GetGuid(0)] = reader.GetString(1);
        return found;
    }

    /// <summary>Items a query selects; <paramref name="sql"/> starts with <see cref="SelectItems"/> and has positional parameters.</summary>
    public static async Task<List<FeedbackItem>> QueryAsync(NpgsqlConnection connection, string sql, IReadOnlyList<object> parameters, CancellationToken ct)
    {
        var items = new List<FeedbackItem>();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) items.Add(FeedbackRows.Read(reader));
        return items;
    }

    /// <summary>Every item of a workspace, streamed in the order of the workspace index.</summary>
    public async IAsyncEnumerable<FeedbackItem> WorkspaceAsync(Guid workspaceId, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, $"{SelectItems} where d.workspace_id = $1 order by d.received_at", [workspaceId]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return FeedbackRows.Read(reader);
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, IReadOnlyList<object> parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    /// <summary>
    /// Reads, decides and writes in one transaction that holds the workspace's feedback lock, so the writers of one
    /// workspace's feedback — import batches, re-match batches, assignments — take turns: none decides on items
    /// another is about to change. <paramref name="decide"/> reads what it needs on the connection it is given and
    /// returns its result with the changes to write. A new item that is already stored fails the whole write with a
    /// unique violation (<see cref="PostgresErrorCodes.UniqueViolation"/>) and nothing is written; a deadlock is
    /// tried again from the start.
    /// </summary>
    public Task<T> WriteAsync<T>(Guid workspaceId, Func<NpgsqlConnection, CancellationToken, Task<(T Result, FeedbackChangeSet Changes)>> decide,
        CancellationToken ct) =>
        DeadlockRetry.RunAsync(async token =>
        {
            await using var connection = await OpenAsync(token);
            await using var tx = await connection.BeginTransactionAsync(token);
            await using (var lockCommand = Command(connection, "select pg_advisory_xact_lock($1)", [LockKey(workspaceId)]))
                await lockCommand.ExecuteNonQueryAsync(token);
            var (result, changes) = await decide(connection, token);
            await ApplyAsync(connection, changes, token);
            await tx.CommitAsync(token);
            return result;
        }, ct);

    /// <summary>The advisory lock key of a workspace's feedback writes.</summary>
    public static long LockKey(Guid workspaceId) => BitConverter.ToInt64(workspaceId.ToByteArray(), 0) ^ 0x4A53_4642; // "JSFB"

    private async Task ApplyAsync(NpgsqlConnection connection, FeedbackChangeSet changes, CancellationToken ct)
    {
        if (changes.Fresh.Count > 0) await CopyAsync(connection, Items, FeedbackRows.ColumnNames, changes.Fresh, FeedbackRows.Write, ct);
        if (changes.Changed.Count > 0) await UpdateAsync(connection, changes.Changed, ct);
        if (changes.GoneMatches.Count > 0) await DeleteMatchesAsync(connection, changes.GoneMatches, ct);
        if (changes.FreshMatches.Count > 0)
            await CopyAsync(connection, Matches, FeedbackRows.MatchColumnNames, InTallyOrder(changes.FreshMatches), FeedbackRows.Write, ct);
        if (changes.Matches.Count > 0) await UpsertMatchesAsync(connection, changes.Matches, ct);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, string[] columns, IEnumerable<T> rows,
        Action<BinaryCopyWriter, T> write, CancellationToken ct)
    {
        await using var copy = await BinaryCopyWriter.BeginAsync(connection, $"copy {table} ({string.Join(", ", columns)}) from stdin (format binary)", ct);
        foreach (var row in rows)
        {
            write(copy, row);
            await copy.FlushIfFullAsync(ct);
        }
        await copy.CompleteAsync(ct);
    }

    private async Task UpdateAsync(NpgsqlConnection connection, List<FeedbackItem> items, CancellationToken ct)
    {
        var sql = $"""
            update {Items} d set source_id = u.source_id, received_at = u.received_at, score = u.score, unscored = u.unscored,
                match_count = u.match_count, fingerprint = u.fingerprint, text = u.text, title = u.title, author = u.author, body = u.body::json
            from unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::float8[], $5::boolean[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
                as u(id, source_id, received_at, score, unscored, match_count, fingerprint, text, title, author, body)
            where d.id = u.id
            """;
        await using var command = Command(connection, sql,
        [
            items.Select(i => i.Id).ToArray(), items.Select(i => i.SourceId).ToArray(), items.Select(i => i.ReceivedAt.ToUniversalTime()).ToArray(),
            items.Select(i => i.Score).ToArray(), items.Select(i => i.Unscored).ToArray(), items.Select(i => i.MatchCount).ToArray(),
            items.Select(i => i.Fingerprint).ToArray(), items.Select(i => i.Text).ToArray(), items.Select(i => i.Title).ToArray(),
            items.Select(i => i.Author).ToArray(), items.Select(FeedbackRows.Body).ToArray(),
        ]);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task DeleteMatchesAsync(NpgsqlConnection connection, List<(Guid ItemId, Guid CardId)> gone, CancellationToken ct)
    {
        await using var command = Command(connection,
            $"delete from {Matches} m using unnest($1::uuid[], $2::uuid[]) as g(item_id, card_id) where m.item_id = g.item_id and m.card_id = g.card_id",
            [gone.Select(g => g.ItemId).ToArray(), gone.Select(g => g.CardId).ToArray()]);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task UpsertMatchesAsync(NpgsqlConnection connection, List<FeedbackMatch> matches, CancellationToken ct)
    {
        var rows = InTallyOrder(matches).ToList();
        var sql = $"""
            insert into {Matches} as m ({string.Join(", ", FeedbackRows.MatchColumnNames)})
            select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::date[], $8::timestamptz[], $9::float8[], $10::smallint[], $11::int[], $12::text[])
            on conflict (item_id, card_id) do update set workspace_id = excluded.workspace_id, source_id = excluded.source_id,
                map_id = excluded.map_id, stage_id = excluded.stage_id, week = excluded.week, received_at = excluded.received_at,
                score = excluded.score, origin = excluded.origin, rule_index = excluded.rule_index, reason = excluded.reason
            where (m.map_id, m.stage_id, m.week, m.received_at, m.score, m.origin, m.rule_index, m.reason)
                is distinct from (excluded.map_id, excluded.stage_id, excluded.week, excluded.received_at, excluded.score, excluded.origin, excluded.rule_index, excluded.reason)
            """;
        await using var command = Command(connection, sql,
        [
            rows.Select(r => r.ItemId).ToArray(), rows.Select(r => r.CardId).ToArray(), rows.Select(r => r.WorkspaceId).ToArray(),
            rows.Select(r => r.SourceId).ToArray(), rows.Select(r => r.MapId).ToArray(), rows.Select(r => r.StageId).ToArray(),
            rows.Select(r => r.Week).ToArray(), rows.Select(r => r.ReceivedAt.ToUniversalTime()).ToArray(), rows.Select(r => r.Score).ToArray(),
            rows.Select(r => (short)r.Origin).ToArray(), rows.Select(r => r.RuleIndex).ToArray(), rows.Select(r => r.Reason).ToArray(),
        ]);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static IEnumerable<FeedbackMatch> InTallyOrder(IEnumerable<FeedbackMatch> matches) =>
        matches.OrderBy(m => m.MapId).ThenBy(m => m.Week).ThenBy(m => m.CardId);
}
