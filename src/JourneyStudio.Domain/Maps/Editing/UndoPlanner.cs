using JourneyStudio.Domain.Maps.Events;

namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// Plans the undo of a committed change as ordinary commands, so that an undo is decided, stored, broadcast and
/// audited like any other edit. Each event is inverted against the map as it was just before that event, and
/// the inverses run newest first, so each one meets the state its event produced.
/// </summary>
public static class UndoPlanner
{
    /// <summary>The reason recorded when an undo moves a pain point's status.</summary>
    public const string Reason = "Undo";

    /// <param name="before">The exact state the events were decided on.</param>
    /// <param name="events">The committed events, in order.</param>
    public static UndoStep Plan(JourneyMap before, IReadOnlyList<IMapEvent> events, string description)
    {
        var map = before.Clone();
        var inverses = new List<IReadOnlyList<MapCommand>>();
        var touched = new TouchedElements();
        foreach (var e in events)
        {
            if (EventInverse.Of(e, map) is not { } inverse) return UndoStep.NotUndoable(description);
            inverses.Add(inverse);
            var previous = map.Clone();
            map.Evolve(e);
            touched.Record(previous, map);
        }
        inverses.Reverse();
        return new UndoStep(description, [.. inverses.SelectMany(i => i)], touched.GuardsAgainst(map));
    }
}
