using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;
using Marten;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// What one batch did. <see cref="Fresh"/> and <see cref="FreshMatches"/> are the new items and their match rows,
/// left for the caller to bulk-insert (PostgreSQL COPY); changes to existing items are already in the session.
/// </summary>
public sealed record BatchOutcome(int New, int Updated, int Duplicate, int Matched, HashSet<Guid> MapIds, HashSet<Guid> CardIds,
    IReadOnlyCollection<FeedbackItem> Fresh, IReadOnlyCollection<FeedbackMatch> FreshMatches);

/// <summary>
/// Stores prepared items idempotently. An item's id follows from its source and key, so a second import finds it:
/// unchanged (same fingerprint) it counts as a duplicate and nothing is written; changed upstream it is updated in
/// place (first-import time kept, revision raised, rule matches worked out again, manual assignments kept and outranking rules); new, it
/// is matched and handed back for a bulk insert. An updated item's <see cref="FeedbackMatch"/> rows change in the same
/// session as the item.
/// </summary>
public static class FeedbackWriter
{
    public static async Task<BatchOutcome> WriteAsync(IDocumentSession session, IReadOnlyList<FeedbackItem> prepared, TouchpointMatcher matcher,
        IReadOnlyDictionary<Guid, (Guid MapId, Guid StageId)> touchpoints, DateTimeOffset now, CancellationToken ct)
    {
        var ids = prepared.Select(i => i.Id).Distinct().ToArray();
        var existing = (await session.LoadManyAsync<FeedbackItem>(ct, ids)).ToDictionary(i => i.Id);
        int created = 0, updated = 0, duplicate = 0, matched = 0;
        var maps = new HashSet<Guid>();
        var cards = new HashSet<Guid>();
        var seen = new HashSet<Guid>();
        var toStore = new List<FeedbackItem>();
        var matchesToStore = new List<FeedbackMatch>();
        var fresh = new List<FeedbackItem>(prepared.Count);
        var freshMatches = new List<FeedbackMatch>();
        foreach (var item in prepared)
        {
            // The same item twice in one file or page: the first one counts.
            if (!seen.Add(item.Id)) { duplicate++; continue; }
            if (existing.TryGetValue(item.Id, out var before))
            {
                if (before.Fingerprint == item.Fingerprint) { duplicate++; continue; }
                var receivedAt = item.DateFromSource ? item.ReceivedAt : before.ReceivedAt;
                var changed = item with
                {
                    ImportedAt = before.ImportedAt, Revision = before.Revision + 1, ReceivedAt = receivedAt, Week = FeedbackItem.WeekOf(receivedAt),
                };
                changed = changed.WithMatches(Combine(matcher.Match(changed.ForMatching()), before.Matches, touchpoints));
                toStore.Add(changed);
                var (rows, gone) = FeedbackMatch.Rewrite(changed, before.Matches, now, maps, cards);
                foreach (var id in gone) session.Delete<FeedbackMatch>(id);
                matchesToStore.AddRange(rows);
                if (changed.MatchCount > 0) matched++;
                updated++;
            }
            else
            {
                var added = item.WithMatches(matcher.Match(item.ForMatching()));
                fresh.Add(added);
                freshMatches.AddRange(FeedbackMatch.Rewrite(added, [], now, maps, cards).Rows);
                if (added.MatchCount > 0) matched++;
                created++;
            }
        }
        if (toStore.Count > 0) session.Store(toStore.ToArray());
        if (matchesToStore.Count > 0) session.Store(matchesToStore.InTallyOrder().ToArray());
        return new BatchOutcome(created, updated, duplicate, matched, maps, cards, fresh, freshMatches);
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
