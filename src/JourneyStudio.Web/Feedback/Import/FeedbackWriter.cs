using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Web.Feedback.Storage;
using Npgsql;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// What one batch did, and the maps and touchpoints whose evidence it changed. <see cref="SourceHasItems"/> is true
/// once the batch met items of its source already stored.
/// </summary>
public sealed record BatchOutcome(int New, int Updated, int Duplicate, int Matched, HashSet<Guid> MapIds, HashSet<Guid> CardIds, bool SourceHasItems = false);

/// <summary>
/// Stores prepared items idempotently. An item's id follows from its source and key, so a second import finds it:
/// unchanged (same fingerprint) it counts as a duplicate and nothing is written; changed upstream it is updated in
/// place (first-import time kept, revision raised, rule matches worked out again, manual assignments kept and
/// outranking rules); new, it goes in by COPY with its match rows. Items come with the matches their rules give.
/// </summary>
public static class FeedbackWriter
{
    private const int Attempts = 2;

    /// <param name="sourceEmpty">
    /// True when the source had nothing stored as the import began (its first import): the batch is then written as
    /// all new without looking its ids up, and an item that is stored after all makes the write fail and be decided again.
    /// </param>
    public static async Task<BatchOutcome> WriteAsync(FeedbackStore store, IReadOnlyList<FeedbackItem> prepared,
        IReadOnlyDictionary<Guid, (Guid MapId, Guid StageId)> touchpoints, bool sourceEmpty, CancellationToken ct)
    {
        var ids = prepared.Select(i => i.Id).Distinct().ToArray();
        var workspaceId = prepared[0].WorkspaceId;
        for (var attempt = 1; ; attempt++)
        {
            var lookUp = !sourceEmpty || attempt > 1;
            try
            {
                return await store.WriteAsync(workspaceId, async (connection, token) =>
                {
                    var existing = lookUp ? await ExistingAsync(store, connection, prepared, ids, token) : [];
                    var (outcome, changes) = Decide(prepared, existing, touchpoints);
                    return (outcome with { SourceHasItems = attempt > 1 || existing.Count > 0 }, changes);
                }, ct);
            }
            // The source had items after all (stored by a run still going when this one began): decide again, looking them up.
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && attempt < Attempts) { }
        }
    }

    /// <summary>
    /// The stored items the batch holds again: unchanged ones as their fingerprint only (nothing more is needed to
    /// skip them), changed ones in full.
    /// </summary>
    private static async Task<Dictionary<Guid, StoredItem>> ExistingAsync(FeedbackStore store, NpgsqlConnection connection,
        IReadOnlyList<FeedbackItem> prepared, Guid[] ids, CancellationToken ct)
    {
        var fingerprints = await store.FingerprintsAsync(connection, ids, ct);
        if (fingerprints.Count == 0) return [];
        var changed = prepared.Where(i => fingerprints.TryGetValue(i.Id, out var stored) && stored != i.Fingerprint).Select(i => i.Id).Distinct().ToList();
        var full = (await store.LoadManyAsync(connection, changed, ct)).ToDictionary(i => i.Id);
        return fingerprints.ToDictionary(f => f.Key, f => new StoredItem(f.Value, full.GetValueOrDefault(f.Key)));
    }

    private sealed record StoredItem(string Fingerprint, FeedbackItem? Item);

    private static (BatchOutcome, FeedbackChangeSet) Decide(IReadOnlyList<FeedbackItem> prepared, Dictionary<Guid, StoredItem> existing,
        IReadOnlyDictionary<Guid, (Guid MapId, Guid StageId)> touchpoints)
    {
        int created = 0, updated = 0, duplicate = 0, matched = 0;
        var maps = new HashSet<Guid>();
        var cards = new HashSet<Guid>();
        var seen = new HashSet<Guid>();
        var changes = new FeedbackChangeSet();
        foreach (var item in prepared)
        {
            // The same item twice in one file or page: the first one counts.
            if (!seen.Add(item.Id)) { duplicate++; continue; }
            if (existing.TryGetValue(item.Id, out var stored))
            {
                if (stored.Fingerprint == item.Fingerprint || stored.Item is not { } before) { duplicate++; continue; }
                var receivedAt = item.DateFromSource ? item.ReceivedAt : before.ReceivedAt;
                var changed = item with
                {
                    ImportedAt = before.ImportedAt, Revision = before.Revision + 1, ReceivedAt = receivedAt, Week = FeedbackItem.WeekOf(receivedAt),
                };
                changed = changed.WithMatches(Combine(item.Matches, before.Matches, touchpoints));
                changes.Changed.Add(changed);
                var (rows, gone) = FeedbackMatch.Rewrite(changed, before.Matches, maps, cards);
                changes.GoneMatches.AddRange(gone.Select(card => (changed.Id, card)));
                changes.Matches.AddRange(rows);
                if (changed.MatchCount > 0) matched++;
                updated++;
            }
            else
            {
                changes.Fresh.Add(item);
                changes.FreshMatches.AddRange(FeedbackMatch.Rewrite(item, [], maps, cards).Rows);
                if (item.MatchCount > 0) matched++;
                created++;
            }
        }
        return (new BatchOutcome(created, updated, duplicate, matched, maps, cards), changes);
    }

    /// <summary>
    /// The manual assignments whose touchpoint still exists, plus rule matches as the rules now say for the other
    /// touchpoints. A person's assignment outranks a rule that happens to agree, so removing that rule later does not
    /// take away evidence someone placed by hand.
    /// </summary>
    public static IReadOnlyList<TouchpointMatch> Combine(IReadOnlyList<TouchpointMatch> byRule, IEnumerable<TouchpointMatch> before,
        IReadOnlyDictionary<Guid, (Guid MapId, Guid StageId)> touchpoints)
    {
        var result = new List<TouchpointMatch>();
        foreach (var manual in before.Where(m => m.Origin == MatchOrigin.Manual))
        {
            if (!touchpoints.TryGetValue(manual.CardId, out var where)) continue;
            result.Add(manual with { MapId = where.MapId, StageId = where.StageId });
        }
        result.AddRange(byRule.Where(r => result.All(m => m.CardId != r.CardId)));
        return result;
    }
}
