using JourneyStudio.Domain.Maps.Commands;

namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// The commands that bring removed cards back as they were: same ids (a removed id may be revived), same places,
/// facets, handoffs, and the pain-point concerns that pointed at them. Every card is back before anything that
/// refers to it, which is what lets a whole stage or lane come back in one go.
/// </summary>
internal static class CardRestoration
{
    public static IEnumerable<MapCommand> Of(JourneyMap before, IReadOnlyCollection<Card> gone)
    {
        var ids = gone.Select(c => c.Id).ToHashSet();
        foreach (var cell in gone.GroupBy(c => (c.StageId, c.LaneId)))
        {
            foreach (var card in before.CardsIn(cell.Key.StageId, cell.Key.LaneId).Where(c => ids.Contains(c.Id)))
            {
                yield return new AddCard(card.StageId, card.LaneId, card.Text, card.Id,
                    OldPlacement.OfCard(before, card, ids), card.Colour, card.Tags);
                foreach (var command in FacetsOf(card)) yield return command;
            }
        }
        foreach (var card in gone)
            if (card.PainPoint is { ConcernsTouchpointIds.Count: > 0 } pain)
                yield return new SetPainPointConcerns(card.Id, pain.ConcernsTouchpointIds);
        foreach (var h in before.Handoffs.Where(h => ids.Contains(h.FromCardId) || ids.Contains(h.ToCardId)))
            yield return new AddHandoff(h.FromCardId, h.ToCardId, h.Label, h.Id);
        foreach (var other in before.Cards.Where(c => !ids.Contains(c.Id) && c.PainPoint is { } p && p.ConcernsTouchpointIds.Any(ids.Contains)))
            yield return new SetPainPointConcerns(other.Id, other.PainPoint!.ConcernsTouchpointIds);
    }

    /// <summary>What a person set on the card beyond what a new card starts with; concerns wait until their touchpoints are back.</summary>
    private static IEnumerable<MapCommand> FacetsOf(Card card)
    {
        if (card.Touchpoint is { } tp)
        {
            if (tp.Channel is not null) yield return new SetTouchpointChannel(card.Id, tp.Channel);
            if (tp.OwnerDepartmentId is not null) yield return new AssignOwner(card.Id, tp.OwnerDepartmentId);
            if (tp.Kpis != KpiTargets.None) yield return new SetKpiTargets(card.Id, tp.Kpis.Nps, tp.Kpis.Csat, tp.Kpis.Ces);
            if (tp.FeedbackRules.Count > 0) yield return new SetFeedbackRules(card.Id, tp.FeedbackRules);
            if (tp.MomentOfTruth is { } moment) yield return new TagMomentOfTruth(card.Id, moment.Reason);
        }
        if (card.EmotionScore is { } score and not 0) yield return new SetEmotionScore(card.Id, score);
        if (card.PainPoint is { } pain)
        {
            if (pain.Severity != PainPointFacet.New(default).Severity) yield return new SetPainPointSeverity(card.Id, pain.Severity);
            // The owner first: a pain point beyond Open must have one.
            if (pain.OwnerDepartmentId is not null) yield return new AssignOwner(card.Id, pain.OwnerDepartmentId);
            // Verified is the closed loop's to give, so a restored card waits as Resolved until feedback confirms it again.
            if (pain.Status > PainPointStatus.Open)
            {
                var status = pain.Status == PainPointStatus.Verified ? PainPointStatus.Resolved : pain.Status;
                yield return new SetPainPointStatus(card.Id, status, UndoPlanner.Reason, status == PainPointStatus.Resolved ? pain.ResolvedAt : null);
            }
            foreach (var item in pain.EvidenceItemIds) yield return new LinkPainPointEvidence(card.Id, item, "");
        }
    }
}
