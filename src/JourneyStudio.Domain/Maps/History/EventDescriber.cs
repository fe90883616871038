using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;

namespace JourneyStudio.Domain.Maps.History;

/// <summary>
/// Says in words what an event did, read against the map as it was just before it
/// ("Ana moved 'Card declined' to Payment · Pain points").
/// </summary>
public static class EventDescriber
{
    public static string Describe(IMapEvent e, JourneyMap? before, WorkspaceCatalog workspace)
    {
        string Card(Guid id) => $"'{before?.FindCard(id)?.Label ?? "a card"}'";
        string StageName(Guid id) => before?.FindStage(id)?.Name ?? "a stage";
        string LaneName(Guid id) => before?.FindLane(id)?.Name ?? "a lane";
        var who = e.By.Name;
        return e switch
        {
            MapCreated x => $"{who} created the map '{x.Title}'" + (x.CreatedFrom is null ? "" : $" from {x.CreatedFrom}"),
            MapDetailsEdited x => $"{who} edited the map's details (title '{x.Title}')",
            CounterpartLinked x => x.CounterpartMapId is null ? $"{who} unlinked the counterpart map" : $"{who} linked a counterpart map",
            MapArchived => $"{who} archived the map",
            MapRestored => $"{who} restored the map from the archive",
            VersionRestored x => $"{who} restored the map to version {x.FromVersion}",
            StageAdded x => $"{who} added the stage '{x.Name}'",
            StageRenamed x => $"{who} renamed the stage '{StageName(x.StageId)}' to '{x.Name}'",
            StageMoved x => $"{who} moved the stage '{StageName(x.StageId)}'",
            StageRemoved x => $"{who} removed the stage '{StageName(x.StageId)}'",
            LaneAdded x => $"{who} added the lane '{x.Name}'" + (LaneKinds.NamedAfterKind(x.Name, x.Kind) ? "" : $" ({LaneKinds.Label(x.Kind).ToLowerInvariant()})"),
            LaneRenamed x => $"{who} renamed the lane '{LaneName(x.LaneId)}' to '{x.Name}'",
            LaneMoved x => $"{who} moved the lane '{LaneName(x.LaneId)}'",
            LaneRemoved x => $"{who} removed the lane '{LaneName(x.LaneId)}'",
            CardAdded x => $"{who} added {Article(x.Kind)} '{Short(x.Text)}' to {StageName(x.StageId)} · {LaneName(x.LaneId)}",
            CardTextEdited x => $"{who} changed {Card(x.CardId)} to '{Short(x.Text)}'",
            CardMoved x => x.FromStageId == x.ToStageId && x.FromLaneId == x.ToLaneId
                ? $"{who} reordered {Card(x.CardId)} in {StageName(x.ToStageId)}"
                : $"{who} moved {Card(x.CardId)} to {StageName(x.ToStageId)} · {LaneName(x.ToLaneId)}",
            CardRestyled x => $"{who} restyled {Card(x.CardId)}",
            CardRemoved x => $"{who} removed {Card(x.CardId)}",
            EmotionScoreSet x => $"{who} set the emotion of {Card(x.CardId)} to {x.Score:+0;-0;0}",
            OwnerAssigned x => $"{who} made {workspace.DepartmentName(x.DepartmentId)} the owner of {Card(x.CardId)}",
            TouchpointChannelSet x => $"{who} set the channel of {Card(x.CardId)} to {x.Channel ?? "none"}",
            KpiTargetsSet x => $"{who} set KPI targets on {Card(x.CardId)}",
            FeedbackRulesSet x => $"{who} set {Words.Count(x.Rules.Count, "feedback rule")} on {Card(x.CardId)}",
            MomentOfTruthTagged x => $"{who} tagged {Card(x.CardId)} as a moment of truth",
            MomentOfTruthUntagged x => $"{who} untagged {Card(x.CardId)} as a moment of truth",
            PainPointSeveritySet x => $"{who} set the severity of {Card(x.CardId)} to {x.Severity}",
            PainPointStatusSet x => StatusSentence(who, Card(x.CardId), x),
            PainPointConcernsSet x => x.TouchpointIds.Count == 0
                ? $"{who} unlinked {Card(x.CardId)} from its touchpoints"
                : $"{who} linked {Card(x.CardId)} to " + string.Join(", ", x.TouchpointIds.Select(t => Card(t))),
            PainPointEvidenceLinked x => $"{who} linked " + (x.Excerpt.Length == 0 ? "a feedback item" : $"the feedback '{Short(x.Excerpt)}'") + $" as evidence for {Card(x.CardId)}",
            PainPointEvidenceUnlinked x => $"{who} unlinked a feedback item from the evidence for {Card(x.CardId)}",
            HandoffAdded x => $"{who} drew a handoff from {Card(x.FromCardId)} to {Card(x.ToCardId)}",
            HandoffRelabelled x => $"{who} relabelled a handoff to '{Short(x.Label)}'",
            HandoffRemoved => $"{who} removed a handoff",
            _ => $"{who} changed the map",
        };
    }

    private static string StatusSentence(string who, string card, PainPointStatusSet x)
    {
        var to = PainPointStatuses.Name(x.To);
        var verb = x.To switch
        {
            PainPointStatus.Open => $"reopened {card}",
            PainPointStatus.Resolved => $"resolved {card}" + (x.FixedAt is { } fixedAt && fixedAt.Date != x.At.Date ? $" (fixed on {fixedAt:d MMM yyyy})" : ""),
            _ => $"moved {card} from {PainPointStatuses.Name(x.From)} to {to}",
        };
        return $"{who} {verb}" + (x.Reason is null ? "" : $": {x.Reason}");
    }

    private static string Article(CardKind kind) => kind switch
    {
        CardKind.Touchpoint => "the touchpoint",
        CardKind.Emotion => "the emotion",
        CardKind.PainPoint => "the pain point",
        _ => "the note",
    };

    private static string Short(string text) => text.Length <= 48 ? text : text[..47] + "…";
}
