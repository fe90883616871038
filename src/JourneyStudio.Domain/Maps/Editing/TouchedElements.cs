namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// Collects, event by event, what a change touched, and turns it into the guards of its undo: each touched
/// element must still be exactly as the whole change left it. An element counts even if a later event of the
/// same change put it back, because its inverse commands still write to it.
/// </summary>
internal sealed class TouchedElements
{
    private readonly List<MapElement> order = [];
    private readonly Dictionary<MapElement, (string What, bool Added)> seen = [];

    public void Record(JourneyMap before, JourneyMap after)
    {
        foreach (var element in ChangedElements.Between(before, after))
        {
            var what = element.DescribeIn(after) ?? element.DescribeIn(before)!;
            var added = !element.ExistsIn(before) && element.ExistsIn(after);
            if (seen.TryGetValue(element, out var earlier)) added |= earlier.Added;
            else order.Add(element);
            seen[element] = (what, added);
        }
    }

    /// <param name="left">The map as the whole change left it.</param>
    public IReadOnlyList<UndoGuard> GuardsAgainst(JourneyMap left) =>
        order.Select(element => Guard(element, seen[element].What, seen[element].Added, left)).ToList();

    private static UndoGuard Guard(MapElement element, string what, bool added, JourneyMap left)
    {
        // Undoing an addition removes the element and whatever hangs off it, so that must be as left too.
        var dependents = added ? element.DependentsIn(left) : null;
        return new UndoGuard(what, now =>
            element.SameIn(left, now) && (dependents is null || dependents.SetEquals(element.DependentsIn(now))));
    }
}
