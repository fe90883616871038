using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;

namespace JourneyStudio.Web.Feedback.Storage;

/// <summary>
/// One feedback item tied to one touchpoint: a flat row of <c>feedback_match</c>, keyed by item and card, written
/// in the same transaction as the item, and the only place an item's matches are kept. Heat figures per touchpoint
/// and week fold these rows (sum of scores, count, negatives) without reading the items.
/// </summary>
public sealed record FeedbackMatch(Guid ItemId, Guid CardId, Guid WorkspaceId, Guid SourceId, Guid MapId, Guid StageId,
    DateOnly Week, DateTimeOffset ReceivedAt, double? Score, MatchOrigin Origin, int? RuleIndex, string Reason)
{
    public static FeedbackMatch Of(FeedbackItem item, TouchpointMatch match) =>
        new(item.Id, match.CardId, item.WorkspaceId, item.SourceId, match.MapId, match.StageId, item.Week, item.ReceivedAt, item.Score, match.Origin, match.RuleIndex, match.Reason);

    /// <summary>
    /// The rows <paramref name="after"/>'s matches need, and the cards whose rows its earlier matches
    /// (<paramref name="before"/>) leave behind; every map and touchpoint either side touches is noted in
    /// <paramref name="maps"/> and <paramref name="cards"/>.
    /// </summary>
    public static (List<FeedbackMatch> Rows, List<Guid> GoneCards) Rewrite(FeedbackItem after, IEnumerable<TouchpointMatch> before,
        HashSet<Guid> maps, HashSet<Guid> cards)
    {
        var gone = new List<Guid>();
        foreach (var old in before.Where(m => after.Matches.All(n => n.CardId != m.CardId)))
        {
            gone.Add(old.CardId);
            maps.Add(old.MapId);
            cards.Add(old.CardId);
        }
        var rows = new List<FeedbackMatch>(after.Matches.Count);
        foreach (var m in after.Matches)
        {
            rows.Add(Of(after, m));
            maps.Add(m.MapId);
            cards.Add(m.CardId);
        }
        return (rows, gone);
    }
}
