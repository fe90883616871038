namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// Value equality for cards. A record compares its lists by reference, so two cards with the same tags would
/// differ; here the lists are compared by sequence and everything else by the records' own equality, which
/// keeps any property added later in the comparison without touching this class. Undo guards use it, and so does
/// the canvas, to skip drawing cards again that a change did not touch.
/// </summary>
public static class CardComparer
{
    private static readonly IReadOnlyList<string> NoTags = [];
    private static readonly IReadOnlyList<FeedbackRule> NoRules = [];
    private static readonly IReadOnlyList<Guid> NoIds = [];

    public static bool Same(Card? a, Card? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        return WithoutLists(a) == WithoutLists(b)
            && a.Tags.SequenceEqual(b.Tags)
            && SameSequence(a.Touchpoint?.FeedbackRules, b.Touchpoint?.FeedbackRules)
            && SameSequence(a.PainPoint?.ConcernsTouchpointIds, b.PainPoint?.ConcernsTouchpointIds)
            && SameSequence(a.PainPoint?.EvidenceItemIds, b.PainPoint?.EvidenceItemIds);
    }

    private static Card WithoutLists(Card card) => card with
    {
        Tags = NoTags,
        Touchpoint = card.Touchpoint is null ? null : card.Touchpoint with { FeedbackRules = NoRules },
        PainPoint = card.PainPoint is null ? null : card.PainPoint with { ConcernsTouchpointIds = NoIds, EvidenceItemIds = NoIds },
    };

    private static bool SameSequence<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        a is null || b is null ? a is null && b is null : a.SequenceEqual(b);
}
