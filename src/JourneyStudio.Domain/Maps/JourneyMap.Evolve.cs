using JourneyStudio.Domain.Maps.Events;

namespace JourneyStudio.Domain.Maps;

public sealed partial class JourneyMap
{
    public JourneyMap Evolve(IMapEvent e)
    {
        switch (e)
        {
            case MapDetailsEdited x:
                (Title, PersonaId, Scenario, BrandPromise) = (x.Title, x.PersonaId, x.Scenario, x.BrandPromise);
                break;
            case CounterpartLinked x: CounterpartMapId = x.CounterpartMapId; break;
            case MapArchived: Archived = true; break;
            case MapRestored: Archived = false; break;
            case VersionRestored x: Restore(x); break;

            case StageAdded x: Revive(x.StageId); Stages.Add(new Stage(x.StageId, x.Name, x.OrderKey)); break;
            case StageRenamed x: Replace(Stages, x.StageId, s => s with { Name = x.Name }); break;
            case StageMoved x: Replace(Stages, x.StageId, s => s with { OrderKey = x.OrderKey }); break;
            case StageRemoved x:
                Forget("stage", FindStage(x.StageId)?.Name, x.StageId, e);
                Stages.RemoveAll(s => s.Id == x.StageId);
                RemoveCards(c => c.StageId == x.StageId, e);
                break;

            case LaneAdded x: Revive(x.LaneId); Lanes.Add(new Lane(x.LaneId, x.Name, x.Kind, x.OrderKey)); break;
            case LaneRenamed x: Replace(Lanes, x.LaneId, l => l with { Name = x.Name }); break;
            case LaneMoved x: Replace(Lanes, x.LaneId, l => l with { OrderKey = x.OrderKey }); break;
            case LaneRemoved x:
                Forget("lane", FindLane(x.LaneId)?.Name, x.LaneId, e);
                Lanes.RemoveAll(l => l.Id == x.LaneId);
                RemoveCards(c => c.LaneId == x.LaneId, e);
                break;

            case CardAdded x:
                Revive(x.CardId);
                Cards.Add(Card.New(x.CardId, x.StageId, x.LaneId, x.Kind, x.Text, x.OrderKey, x.Colour, x.Tags, x.At));
                break;
            case CardTextEdited x: ReplaceCard(x.CardId, c => c with { Text = x.Text }); break;
            case CardMoved x:
                ReplaceCard(x.CardId, c => c with { StageId = x.ToStageId, LaneId = x.ToLaneId, OrderKey = x.OrderKey });
                break;
            case CardRestyled x: ReplaceCard(x.CardId, c => c with { Colour = x.Colour, Tags = x.Tags }); break;
            case CardRemoved x: RemoveCards(c => c.Id == x.CardId, e); break;
            case EmotionScoreSet x: ReplaceCard(x.CardId, c => c with { EmotionScore = x.Score }); break;
            case OwnerAssigned x:
                ReplaceCard(x.CardId, c => c with
                {
                    Touchpoint = c.Touchpoint is null ? null : c.Touchpoint with { OwnerDepartmentId = x.DepartmentId },
                    PainPoint = c.PainPoint is null ? null : c.PainPoint with { OwnerDepartmentId = x.DepartmentId },
                });
                break;

            case TouchpointChannelSet x: ReplaceTouchpoint(x.CardId, t => t with { Channel = x.Channel }); break;
            case KpiTargetsSet x: ReplaceTouchpoint(x.CardId, t => t with { Kpis = x.Kpis }); break;
            case FeedbackRulesSet x: ReplaceTouchpoint(x.CardId, t => t with { FeedbackRules = x.Rules }); break;
            case MomentOfTruthTagged x:
                ReplaceTouchpoint(x.CardId, t => t with { MomentOfTruth = new MomentOfTruth(x.Reason, x.By.Name, x.At) });
                break;
            case MomentOfTruthUntagged x: ReplaceTouchpoint(x.CardId, t => t with { MomentOfTruth = null }); break;

            case PainPointSeveritySet x: ReplacePainPoint(x.CardId, p => p with { Severity = x.Severity }); break;
            case PainPointStatusSet x:
                ReplacePainPoint(x.CardId, p => p with
                {
                    Status = x.To, StatusSince = x.At,
                    ResolvedAt = x.To == PainPointStatus.Resolved ? x.FixedAt ?? x.At : x.To == PainPointStatus.Verified ? p.ResolvedAt : null,
                });
                break;
            case PainPointConcernsSet x: ReplacePainPoint(x.CardId, p => p with { ConcernsTouchpointIds = x.TouchpointIds }); break;
            case PainPointEvidenceLinked x:
                ReplacePainPoint(x.CardId, p => p with { EvidenceItemIds = [.. p.EvidenceItemIds, x.FeedbackItemId] });
                break;
            case PainPointEvidenceUnlinked x:
                ReplacePainPoint(x.CardId, p => p with { EvidenceItemIds = p.EvidenceItemIds.Where(i => i != x.FeedbackItemId).ToList() });
                break;

            case HandoffAdded x:
                Revive(x.HandoffId);
                Handoffs.Add(new Handoff(x.HandoffId, x.FromCardId, x.ToCardId, x.Label));
                break;
            case HandoffRelabelled x: Replace(Handoffs, x.HandoffId, h => h with { Label = x.Label }); break;
            case HandoffRemoved x:
                Forget("handoff", FindHandoff(x.HandoffId)?.Label, x.HandoffId, e);
                Handoffs.RemoveAll(h => h.Id == x.HandoffId);
                break;
            case MapCreated:
                throw new InvalidOperationException($"Map {Id} was created twice.");
        }
        Version++;
        UpdatedAt = e.At;
        UpdatedBy = e.By.Name;
        return this;
    }

    private void Restore(VersionRestored e)
    {
        var kept = e.Content.Stages.Select(s => s.Id).Concat(e.Content.Lanes.Select(l => l.Id))
            .Concat(e.Content.Cards.Select(c => c.Id)).Concat(e.Content.Handoffs.Select(h => h.Id)).ToHashSet();
        foreach (var s in Stages.Where(s => !kept.Contains(s.Id))) Forget("stage", s.Name, s.Id, e);
        foreach (var l in Lanes.Where(l => !kept.Contains(l.Id))) Forget("lane", l.Name, l.Id, e);
        foreach (var c in Cards.Where(c => !kept.Contains(c.Id))) Forget(c.Kind.ToString().ToLowerInvariant(), c.Label, c.Id, e);
        foreach (var h in Handoffs.Where(h => !kept.Contains(h.Id))) Forget("handoff", h.Label, h.Id, e);
        foreach (var id in kept) Revive(id);
        (Title, PersonaId, Scenario, BrandPromise) = (e.Content.Title, e.Content.PersonaId, e.Content.Scenario, e.Content.BrandPromise);
        (Stages, Lanes, Cards, Handoffs) = ([.. e.Content.Stages], [.. e.Content.Lanes], [.. e.Content.Cards], [.. e.Content.Handoffs]);
    }

    private void RemoveCards(Predicate<Card> which, IMapEvent cause)
    {
        var gone = Cards.FindAll(which);
        foreach (var card in gone) Forget(card.Kind.ToString().ToLowerInvariant(), card.Label, card.Id, cause);
        var ids = gone.Select(c => c.Id).ToHashSet();
        Cards.RemoveAll(which);
        foreach (var h in Handoffs.Where(h => ids.Contains(h.FromCardId) || ids.Contains(h.ToCardId)))
            Forget("handoff", h.Label, h.Id, cause);
        Handoffs.RemoveAll(h => ids.Contains(h.FromCardId) || ids.Contains(h.ToCardId));
        for (var i = 0; i < Cards.Count; i++)
        {
            var p = Cards[i].PainPoint;
            if (p is not null && p.ConcernsTouchpointIds.Any(ids.Contains))
                Cards[i] = Cards[i] with { PainPoint = p with { ConcernsTouchpointIds = p.ConcernsTouchpointIds.Where(t => !ids.Contains(t)).ToList() } };
        }
    }

    private void Forget(string kind, string? label, Guid id, IMapEvent cause) =>
        Removed[id] = new RemovedElement(kind, label ?? id.ToString(), cause.By.Name, cause.At);

    private void Revive(Guid id) => Removed.Remove(id);

    private void ReplaceCard(Guid id, Func<Card, Card> change) => Replace(Cards, id, change);

    private void ReplaceTouchpoint(Guid id, Func<TouchpointFacet, TouchpointFacet> change) =>
        ReplaceCard(id, c => c with { Touchpoint = change(c.Touchpoint ?? TouchpointFacet.Empty) });

    private void ReplacePainPoint(Guid id, Func<PainPointFacet, PainPointFacet> change) =>
        ReplaceCard(id, c => c with { PainPoint = change(c.PainPoint ?? PainPointFacet.New(c.PainPoint?.StatusSince ?? UpdatedAt)) });

    private static void Replace<T>(List<T> items, Guid id, Func<T, T> change) where T : class
    {
        var index = items.FindIndex(i => IdOf(i) == id);
        if (index >= 0) items[index] = change(items[index]);
    }

    private static Guid IdOf(object item) => item switch
    {
        Stage s => s.Id,
        Lane l => l.Id,
        Card c => c.Id,
        Handoff h => h.Id,
        _ => Guid.Empty,
    };
}
