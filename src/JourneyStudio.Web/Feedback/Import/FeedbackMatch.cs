using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// One feedback item tied to one touchpoint, flat and indexed by map, card and week, written in the same
/// transaction as the item. Heat figures per touchpoint and week fold these rows (sum of scores, count, negatives)
/// without reading the items; <see cref="FeedbackChanges"/> tells listeners which rows came, changed or went.
/// </summary>
public sealed class FeedbackMatch
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid ItemId { get; set; }
    public Guid SourceId { get; set; }
    public Guid MapId { get; set; }
    public Guid StageId { get; set; }
    public Guid CardId { get; set; }
    public DateOnly Week { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public double? Score { get; set; }
    public MatchOrigin Origin { get; set; }
    public int? RuleIndex { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset MatchedAt { get; set; }

    public static FeedbackMatch Of(FeedbackItem item, TouchpointMatch match, DateTimeOffset at) => new()
    {
        Id = FeedbackIds.Match(item.Id, match.CardId),
        WorkspaceId = item.WorkspaceId, ItemId = item.Id, SourceId = item.SourceId,
        MapId = match.MapId, StageId = match.StageId, CardId = match.CardId,
        Week = item.Week, ReceivedAt = item.ReceivedAt, Score = item.Score,
        Origin = match.Origin, RuleIndex = match.RuleIndex, Reason = match.Reason, MatchedAt = at,
    };

    /// <summary>
    /// The rows <paramref name="after"/>'s matches need, and the ids of the rows its earlier matches
    /// (<paramref name="before"/>) leave behind; every map and touchpoint either side touches is noted in
    /// <paramref name="maps"/> and <paramref name="cards"/>.
    /// </summary>
    public static (List<FeedbackMatch> Rows, List<Guid> Gone) Rewrite(FeedbackItem after, IEnumerable<TouchpointMatch> before, DateTimeOffset at,
        HashSet<Guid> maps, HashSet<Guid> cards)
    {
        var gone = new List<Guid>();
        foreach (var old in before.Where(m => after.Matches.All(n => n.CardId != m.CardId)))
        {
            gone.Add(FeedbackIds.Match(after.Id, old.CardId));
            maps.Add(old.MapId);
            cards.Add(old.CardId);
        }
        var rows = new List<FeedbackMatch>(after.Matches.Count);
        foreach (var m in after.Matches)
        {
            rows.Add(Of(after, m, at));
            maps.Add(m.MapId);
            cards.Add(m.CardId);
        }
        return (rows, gone);
    }

    /// <summary>True when nothing a heat figure reads has changed.</summary>
    public bool SameFigures(FeedbackMatch other) =>
        MapId == other.MapId && StageId == other.StageId && CardId == other.CardId && Week == other.Week && Score == other.Score
        && Origin == other.Origin && RuleIndex == other.RuleIndex;
}
