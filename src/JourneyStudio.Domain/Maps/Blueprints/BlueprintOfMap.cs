namespace JourneyStudio.Domain.Maps.Blueprints;

public static class BlueprintOfMap
{
    /// <summary>
    /// A blueprint of an existing map, for duplicating it. A Verified pain point comes across as Resolved:
    /// verification rests on the original's evidence, which the copy does not have.
    /// </summary>
    public static MapBlueprint From(JourneyMap map, string title) => new(
        title, map.State, map.PersonaId, map.Scenario, map.BrandPromise,
        map.OrderedStages.Select(s => new BlueprintStage(s.Id.ToString(), s.Name)).ToList(),
        map.OrderedLanes.Select(l => new BlueprintLane(l.Id.ToString(), l.Name, l.Kind)).ToList(),
        map.OrderedStages.SelectMany(s => map.OrderedLanes.SelectMany(l => map.CardsIn(s.Id, l.Id))).Select(ToBlueprint).ToList(),
        map.Handoffs.Select(h => new BlueprintHandoff(h.FromCardId.ToString(), h.ToCardId.ToString(), h.Label)).ToList());

    private static BlueprintCard ToBlueprint(Card c) => new(c.Id.ToString(), c.StageId.ToString(), c.LaneId.ToString(), c.Text)
    {
        Colour = c.Colour,
        Tags = c.Tags,
        Channel = c.Touchpoint?.Channel,
        OwnerDepartmentId = c.OwnerDepartmentId,
        Kpis = c.Touchpoint?.Kpis is { } k && k != KpiTargets.None ? k : null,
        MomentOfTruth = c.Touchpoint?.MomentOfTruth?.Reason,
        Rules = c.Touchpoint?.FeedbackRules ?? [],
        Score = c.EmotionScore,
        Severity = c.PainPoint?.Severity,
        Status = c.PainPoint?.Status == PainPointStatus.Verified ? PainPointStatus.Resolved : c.PainPoint?.Status,
        Concerns = c.PainPoint?.ConcernsTouchpointIds.Select(t => t.ToString()).ToList() ?? [],
    };
}
