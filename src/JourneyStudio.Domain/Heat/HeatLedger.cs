namespace JourneyStudio.Domain.Heat;

/// <summary>One heat cell: a touchpoint in one ISO week.</summary>
public readonly record struct HeatCell(Guid TouchpointId, IsoWeek Week);

/// <summary>
/// A change to the feedback behind heat, as the import jobs see it. An item matched to several touchpoints counts
/// once in each of them. Plain inputs only: the importer passes what it stored before and what it stores now.
/// </summary>
public abstract record HeatChange
{
    private HeatChange() { }

    /// <summary>A new item.</summary>
    public sealed record Added(IReadOnlyCollection<Guid> Touchpoints, ScoredItem Item) : HeatChange;

    /// <summary>An item deleted upstream or un-matched from all touchpoints; pass what had been folded in.</summary>
    public sealed record Removed(IReadOnlyCollection<Guid> Touchpoints, ScoredItem Item) : HeatChange;

    /// <summary>An item changed upstream (new score, date or matched touchpoints): the old version leaves, the new one enters.</summary>
    public sealed record Updated(
        IReadOnlyCollection<Guid> OldTouchpoints, ScoredItem Old,
        IReadOnlyCollection<Guid> NewTouchpoints, ScoredItem New) : HeatChange;

    /// <summary>The signed tally each cell moves by.</summary>
    internal IEnumerable<(HeatCell Cell, HeatTally Delta)> Deltas() => this switch
    {
        Added a => Cells(a.Touchpoints, a.Item, +1),
        Removed r => Cells(r.Touchpoints, r.Item, -1),
        Updated u => Cells(u.OldTouchpoints, u.Old, -1).Concat(Cells(u.NewTouchpoints, u.New, +1)),
        _ => throw new InvalidOperationException($"Unknown heat change {GetType().Name}."),
    };

    private static IEnumerable<(HeatCell, HeatTally)> Cells(IReadOnlyCollection<Guid> touchpoints, ScoredItem item, int sign)
    {
        var tally = sign > 0 ? HeatTally.Of(item) : HeatTally.Empty - HeatTally.Of(item);
        var week = item.Week;
        return (touchpoints ?? []).Distinct().Select(t => (new HeatCell(t, week), tally));
    }
}

/// <summary>Turns a batch of changes into per-cell deltas — what an aggregate table adds to its rows.</summary>
public static class HeatFold
{
    /// <summary>
    /// The signed tally each cell changes by; cells whose changes cancel out are left out. Storage applies these as
    /// <c>count = count + Δcount</c> and so on, never reading the feedback items themselves.
    /// </summary>
    public static IReadOnlyDictionary<HeatCell, HeatTally> Deltas(IEnumerable<HeatChange> changes)
    {
        var deltas = new Dictionary<HeatCell, HeatTally>();
        foreach (var change in changes)
        foreach (var (cell, delta) in change.Deltas())
            deltas[cell] = deltas.GetValueOrDefault(cell) + delta;
        foreach (var cell in deltas.Where(d => d.Value.IsZero).Select(d => d.Key).ToList()) deltas.Remove(cell);
        return deltas;
    }
}

/// <summary>
/// Heat tallies per (touchpoint, week), kept up to date by folding batches of changes — the in-memory form of the
/// aggregate the import jobs maintain. Folding never looks at earlier items; it gives exactly the tallies that
/// <see cref="FromScratch"/> computes from the final set of items.
/// </summary>
public sealed class HeatLedger
{
    private readonly Dictionary<HeatCell, HeatTally> cells = [];

    public HeatLedger() { }

    public HeatLedger(IEnumerable<KeyValuePair<HeatCell, HeatTally>> stored)
    {
        foreach (var (cell, tally) in stored)
        {
            if (!tally.IsValidSet) throw new ArgumentException($"The stored tally of {cell} does not describe a set of items.", nameof(stored));
            if (!tally.IsZero) cells.Add(cell, tally);
        }
    }

    public IReadOnlyDictionary<HeatCell, HeatTally> Cells => cells;

    public HeatTally this[HeatCell cell] => cells.GetValueOrDefault(cell);

    public HeatTally this[Guid touchpointId, IsoWeek week] => this[new HeatCell(touchpointId, week)];

    /// <summary>Computes every cell at once from the current items and the touchpoints each is matched to.</summary>
    public static HeatLedger FromScratch(IEnumerable<(IReadOnlyCollection<Guid> Touchpoints, ScoredItem Item)> items)
    {
        var ledger = new HeatLedger();
        ledger.Fold(items.Select(i => new HeatChange.Added(i.Touchpoints, i.Item)));
        return ledger;
    }

    /// <summary>
    /// Folds a batch in and returns the cells that changed (so live canvases can be told which touchpoints to
    /// repaint). The batch is all or nothing: if it would remove from a cell more than was ever added — a sign the
    /// importer passed a wrong "before" — nothing changes and an <see cref="InvalidOperationException"/> names the cell.
    /// </summary>
    public IReadOnlyCollection<HeatCell> Fold(IEnumerable<HeatChange> changes) => Apply(HeatFold.Deltas(changes));

    public IReadOnlyCollection<HeatCell> Apply(IReadOnlyDictionary<HeatCell, HeatTally> deltas)
    {
        var next = deltas.Select(d => (d.Key, Tally: this[d.Key] + d.Value)).ToList();
        foreach (var broken in next.Where(n => !n.Tally.IsValidSet).Take(1))
            throw new InvalidOperationException(
                $"Folding this batch would leave touchpoint {broken.Key.TouchpointId} in {broken.Key.Week} with {broken.Tally}, which no set of items has: an item was removed that had not been added.");
        foreach (var (cell, tally) in next)
            if (tally.IsZero) cells.Remove(cell);
            else cells[cell] = tally;
        return deltas.Keys.ToList();
    }

    /// <summary>The touchpoint's tally summed over the window's weeks.</summary>
    public HeatTally Tally(Guid touchpointId, HeatWindow window) =>
        HeatTally.Sum(window.Weeks.Select(w => this[touchpointId, w]));
}
