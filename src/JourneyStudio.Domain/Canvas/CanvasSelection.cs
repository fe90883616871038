using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Domain.Canvas;

/// <summary>
/// Which cards one person has selected on a canvas, and which cell has the keyboard focus. Never stored or shared:
/// each open canvas has its own.
/// </summary>
public sealed class CanvasSelection
{
    private readonly List<Guid> cards = [];

    public IReadOnlyList<Guid> Cards => cards;
    public CellRef? FocusCell { get; private set; }
    public Guid? Single => cards.Count == 1 ? cards[0] : null;
    public bool IsEmpty => cards.Count == 0;

    public bool Contains(Guid cardId) => cards.Contains(cardId);

    public void Select(Guid cardId, CellRef cell)
    {
        cards.Clear();
        cards.Add(cardId);
        FocusCell = cell;
    }

    /// <summary>Shift-click: adds the card, or takes it out when it is already in.</summary>
    public void Toggle(Guid cardId, CellRef cell)
    {
        if (!cards.Remove(cardId)) cards.Add(cardId);
        FocusCell = cell;
    }

    public void Replace(IEnumerable<Guid> cardIds, bool additive)
    {
        if (!additive) cards.Clear();
        foreach (var id in cardIds) if (!cards.Contains(id)) cards.Add(id);
    }

    public void SelectAll(JourneyMap map) => Replace(map.Cards.Select(c => c.Id), additive: false);

    public void Focus(CellRef cell)
    {
        cards.Clear();
        FocusCell = cell;
    }

    public void Clear() => cards.Clear();

    /// <summary>Drops cards, and the focus, that no longer exist (someone removed them), keeping the rest in order.</summary>
    public void Prune(JourneyMap map)
    {
        cards.RemoveAll(id => map.FindCard(id) is null);
        if (FocusCell is { } cell && (map.FindStage(cell.StageId) is null || map.FindLane(cell.LaneId) is null)) FocusCell = null;
    }

    /// <summary>The selected cards in map order (stage, lane, position), so batch actions keep their relative order.</summary>
    public IReadOnlyList<Card> InMapOrder(JourneyMap map)
    {
        var stageIndex = map.OrderedStages.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var laneIndex = map.OrderedLanes.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return cards.Select(map.FindCard).OfType<Card>()
            .OrderBy(c => stageIndex.GetValueOrDefault(c.StageId)).ThenBy(c => laneIndex.GetValueOrDefault(c.LaneId))
            .ThenBy(c => c.OrderKey, StringComparer.Ordinal).ToList();
    }
}
