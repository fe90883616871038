namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// The elements that differ between two states of a map, found by comparing values rather than reading the
/// event, so that whatever an event takes along (a stage's cards, their handoffs, concerns that pointed at
/// them) counts as touched too.
/// </summary>
internal static class ChangedElements
{
    public static IEnumerable<MapElement> Between(JourneyMap before, JourneyMap after)
    {
        if (!MapElement.Details.SameIn(before, after)) yield return MapElement.Details;
        foreach (var id in Changed(before.Stages, after.Stages, s => s.Id, Equals)) yield return new(ElementKind.Stage, id);
        foreach (var id in Changed(before.Lanes, after.Lanes, l => l.Id, Equals)) yield return new(ElementKind.Lane, id);
        foreach (var id in Changed(before.Cards, after.Cards, c => c.Id, CardComparer.Same)) yield return new(ElementKind.Card, id);
        foreach (var id in Changed(before.Handoffs, after.Handoffs, h => h.Id, Equals)) yield return new(ElementKind.Handoff, id);
    }

    private static IEnumerable<Guid> Changed<T>(List<T> before, List<T> after, Func<T, Guid> id, Func<T?, T?, bool> same)
        where T : class
    {
        var old = before.ToDictionary(id);
        var now = after.ToDictionary(id);
        return old.Keys.Union(now.Keys).Where(key => !same(old.GetValueOrDefault(key), now.GetValueOrDefault(key)));
    }
}
