using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;

namespace JourneyStudio.Domain.Canvas;

/// <summary>
/// Copied cards, kept as values so a paste still works after the originals change or go. Pasting makes new cards
/// (new ids) carrying the text, style and the facets a person set by hand; feedback rules stay with the original.
/// </summary>
public sealed class CardClipboard
{
    private IReadOnlyList<Card> copied = [];

    public int Count => copied.Count;

    public void Copy(IReadOnlyList<Card> cards) => copied = cards.ToList();

    /// <summary>
    /// Commands that paste the copied cards into <paramref name="target"/> (when a card's kind fits that lane), or
    /// else into the cells they came from, at the end of each cell.
    /// </summary>
    public IReadOnlyList<MapCommand> PasteInto(JourneyMap map, CellRef? target, Func<Guid> newId)
    {
        var targetLane = target is { } t ? map.FindLane(t.LaneId) : null;
        return copied.SelectMany(card =>
        {
            var fits = targetLane is not null && LaneKinds.CardKindFor(targetLane.Kind) == card.Kind && map.FindStage(target!.Value.StageId) is not null;
            var cell = fits ? target!.Value : new CellRef(card.StageId, card.LaneId);
            return map.FindStage(cell.StageId) is null || map.FindLane(cell.LaneId) is null
                ? []
                : CopyOf(card, newId(), cell, null);
        }).ToList();
    }

    /// <summary>Commands that put a copy of each card right after its original.</summary>
    public static IReadOnlyList<MapCommand> Duplicate(IReadOnlyList<Card> cards, Func<Guid> newId) =>
        cards.SelectMany(card => CopyOf(card, newId(), new CellRef(card.StageId, card.LaneId), new Placement(AfterId: card.Id))).ToList();

    private static IEnumerable<MapCommand> CopyOf(Card card, Guid id, CellRef cell, Placement? placement)
    {
        yield return new AddCard(cell.StageId, cell.LaneId, card.Text, id, placement, card.Colour, card.Tags);
        if (card.Touchpoint is { } tp)
        {
            if (tp.Channel is not null) yield return new SetTouchpointChannel(id, tp.Channel);
            if (tp.OwnerDepartmentId is not null) yield return new AssignOwner(id, tp.OwnerDepartmentId);
            if (tp.Kpis != KpiTargets.None) yield return new SetKpiTargets(id, tp.Kpis.Nps, tp.Kpis.Csat, tp.Kpis.Ces);
        }
        if (card.EmotionScore is { } score and not 0) yield return new SetEmotionScore(id, score);
        if (card.PainPoint is { } pain)
        {
            if (pain.Severity != PainPointFacet.New(default).Severity) yield return new SetPainPointSeverity(id, pain.Severity);
            if (pain.OwnerDepartmentId is not null) yield return new AssignOwner(id, pain.OwnerDepartmentId);
        }
    }
}
