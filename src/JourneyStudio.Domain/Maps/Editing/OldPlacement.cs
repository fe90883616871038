namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// Where to put an item back among the siblings it had. A placement names neighbours rather than an order key,
/// so it still means "where it was" after other items have been added or moved around it.
/// </summary>
internal static class OldPlacement
{
    /// <summary>
    /// Right after the sibling that preceded it, and right before the first later sibling that is still there, else
    /// at the end. Both are named so that if one of them is gone by the time this runs, the other still holds the
    /// place. Items in <paramref name="comingBack"/> are restored in their old order, so an earlier one is always
    /// back by the time a later one needs it, while a later one is not back yet.
    /// </summary>
    public static Placement Among(IReadOnlyList<Guid> oldOrder, Guid id, IReadOnlySet<Guid>? comingBack = null)
    {
        var index = IndexOf(oldOrder, id);
        Guid? previous = index > 0 ? oldOrder[index - 1] : null;
        Guid? next = oldOrder.Skip(index + 1).Where(n => comingBack is null || !comingBack.Contains(n)).Select(n => (Guid?)n).FirstOrDefault();
        return new Placement(previous, next);
    }

    public static Placement OfStage(JourneyMap before, Guid stageId) =>
        Among(before.OrderedStages.Select(s => s.Id).ToList(), stageId);

    public static Placement OfLane(JourneyMap before, Guid laneId) =>
        Among(before.OrderedLanes.Select(l => l.Id).ToList(), laneId);

    public static Placement OfCard(JourneyMap before, Card card, IReadOnlySet<Guid>? comingBack = null) =>
        Among(before.CardsIn(card.StageId, card.LaneId).Select(c => c.Id).ToList(), card.Id, comingBack);

    private static int IndexOf(IReadOnlyList<Guid> ids, Guid id)
    {
        for (var i = 0; i < ids.Count; i++) if (ids[i] == id) return i;
        throw new ArgumentException($"{id} is not among the siblings it should go back to.", nameof(id));
    }
}
