using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Events;

namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>The commands that reverse one event, read against the map just before it.</summary>
internal static class EventInverse
{
    /// <summary>Null for events that are not canvas edits (creation, archiving, counterpart links).</summary>
    public static IReadOnlyList<MapCommand>? Of(IMapEvent e, JourneyMap before)
    {
        Card Card(Guid id) => before.RequireCard(id, "cardId");
        TouchpointFacet Touchpoint(Guid id) => Card(id).Touchpoint!;
        PainPointFacet PainPoint(Guid id) => Card(id).PainPoint!;

        return e switch
        {
            MapDetailsEdited => [new EditMapDetails(before.Title, before.PersonaId, before.Scenario, before.BrandPromise)],

            StageAdded x => [new RemoveStage(x.StageId)],
            StageRenamed x => [new RenameStage(x.StageId, before.RequireStage(x.StageId, "stageId").Name)],
            StageMoved x => [new MoveStage(x.StageId, OldPlacement.OfStage(before, x.StageId))],
            StageRemoved x => RestoreStage(before, before.RequireStage(x.StageId, "stageId")),

            LaneAdded x => [new RemoveLane(x.LaneId)],
            LaneRenamed x => [new RenameLane(x.LaneId, before.RequireLane(x.LaneId, "laneId").Name)],
            LaneMoved x => [new MoveLane(x.LaneId, OldPlacement.OfLane(before, x.LaneId))],
            LaneRemoved x => RestoreLane(before, before.RequireLane(x.LaneId, "laneId")),

            CardAdded x => [new RemoveCard(x.CardId)],
            CardTextEdited x => [new EditCardText(x.CardId, Card(x.CardId).Text)],
            CardMoved x => [new MoveCard(x.CardId, x.FromStageId, x.FromLaneId, OldPlacement.OfCard(before, Card(x.CardId)))],
            CardRestyled x => [new RestyleCard(x.CardId, Card(x.CardId).Colour, Card(x.CardId).Tags)],
            CardRemoved x => [.. CardRestoration.Of(before, [Card(x.CardId)])],
            EmotionScoreSet x => [new SetEmotionScore(x.CardId, Card(x.CardId).EmotionScore ?? 0)],
            OwnerAssigned x => [new AssignOwner(x.CardId, Card(x.CardId).OwnerDepartmentId)],

            TouchpointChannelSet x => [new SetTouchpointChannel(x.CardId, Touchpoint(x.CardId).Channel)],
            KpiTargetsSet x => [RestoreKpis(x.CardId, Touchpoint(x.CardId).Kpis)],
            FeedbackRulesSet x => [new SetFeedbackRules(x.CardId, Touchpoint(x.CardId).FeedbackRules)],
            MomentOfTruthTagged x => [Touchpoint(x.CardId).MomentOfTruth is { } old
                ? new TagMomentOfTruth(x.CardId, old.Reason)
                : new UntagMomentOfTruth(x.CardId)],
            MomentOfTruthUntagged x => [new TagMomentOfTruth(x.CardId, Touchpoint(x.CardId).MomentOfTruth!.Reason)],

            PainPointSeveritySet x => [new SetPainPointSeverity(x.CardId, PainPoint(x.CardId).Severity)],
            // The domain allows going back only to Open; any other backward move is refused, and that refusal is the undo's answer.
            PainPointStatusSet x => [new SetPainPointStatus(x.CardId, x.From, UndoPlanner.Reason,
                x.From == PainPointStatus.Resolved ? PainPoint(x.CardId).ResolvedAt : null)],
            PainPointConcernsSet x => [new SetPainPointConcerns(x.CardId, PainPoint(x.CardId).ConcernsTouchpointIds)],
            PainPointEvidenceLinked x => [new UnlinkPainPointEvidence(x.CardId, x.FeedbackItemId)],
            PainPointEvidenceUnlinked x => [new LinkPainPointEvidence(x.CardId, x.FeedbackItemId, "")],

            HandoffAdded x => [new RemoveHandoff(x.HandoffId)],
            HandoffRelabelled x => [new RelabelHandoff(x.HandoffId, before.RequireHandoff(x.HandoffId, "handoffId").Label)],
            HandoffRemoved x => [RestoreHandoff(before.RequireHandoff(x.HandoffId, "handoffId"))],

            _ => null,
        };
    }

    private static IReadOnlyList<MapCommand> RestoreStage(JourneyMap before, Stage stage) =>
    [
        new AddStage(stage.Name, stage.Id, OldPlacement.OfStage(before, stage.Id)),
        .. CardRestoration.Of(before, before.Cards.FindAll(c => c.StageId == stage.Id)),
    ];

    private static IReadOnlyList<MapCommand> RestoreLane(JourneyMap before, Lane lane) =>
    [
        new AddLane(lane.Name, lane.Kind, lane.Id, OldPlacement.OfLane(before, lane.Id)),
        .. CardRestoration.Of(before, before.Cards.FindAll(c => c.LaneId == lane.Id)),
    ];

    private static SetKpiTargets RestoreKpis(Guid cardId, KpiTargets kpis) => new(cardId, kpis.Nps, kpis.Csat, kpis.Ces);

    private static AddHandoff RestoreHandoff(Handoff h) => new(h.FromCardId, h.ToCardId, h.Label, h.Id);
}
