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

    /// <summary>True when nothing a heat figure reads has changed.</summary>
    public bool SameFigures(FeedbackMatch other) =>
        MapId == other.MapId && StageId == other.StageId && CardId == other.CardId && Week == other.Week && Score == other.Score
        && Origin == other.Origin && RuleIndex == other.RuleIndex;
}
