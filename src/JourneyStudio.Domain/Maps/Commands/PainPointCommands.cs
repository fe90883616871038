using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

public sealed record SetPainPointSeverity(Guid CardId, int Severity) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.PainPoint);
        Guard.Range(Severity, "severity", 1, 5);
        return card.PainPoint!.Severity == Severity ? Nothing : One(new PainPointSeveritySet(map.Id, CardId, Severity, ctx.By, ctx.At));
    }
}

/// <summary>
/// Moves a pain point through Open → Acknowledged → InProgress → Resolved → Verified. Steps may be skipped
/// forwards; going back is only to Open (a reopening) and needs a reason. Verified is the closed loop's to give:
/// only the system sets it, when feedback at the touchpoint confirms the fix.
/// </summary>
public sealed record SetPainPointStatus(Guid CardId, PainPointStatus Status, string? Reason = null) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.PainPoint);
        var pain = card.PainPoint!;
        if (!Enum.IsDefined(Status)) throw new DomainRuleViolation("status", $"'{Status}' is not a pain-point status.");
        var reason = Guard.Text(Reason, "reason", Limits.Reason, allowEmpty: true);
        if (Status == pain.Status) return Nothing;
        if (Status == PainPointStatus.Verified && !ctx.BySystem)
            throw new DomainRuleViolation("status", "A pain point becomes Verified only when feedback at its touchpoint confirms the fix; it cannot be set by hand.");
        if (Status > PainPointStatus.Open && pain.OwnerDepartmentId is null)
            throw new DomainRuleViolation("status", $"Assign an owner department to '{card.Label}' before moving it to {Status}.");
        if (Status < pain.Status && Status != PainPointStatus.Open)
            throw new DomainRuleViolation("status", $"A pain point can go back only to Open; '{card.Label}' is {pain.Status}.");
        if (Status == PainPointStatus.Open && reason.Length == 0)
            throw new DomainRuleViolation("reason", "Say why the pain point is reopened.");
        return One(new PainPointStatusSet(map.Id, CardId, pain.Status, Status, reason.Length == 0 ? null : reason, ctx.By, ctx.At));
    }
}

public sealed record SetPainPointConcerns(Guid CardId, IReadOnlyList<Guid> TouchpointIds) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.PainPoint);
        var ids = (TouchpointIds ?? []).Distinct().ToList();
        for (var i = 0; i < ids.Count; i++) map.RequireCard(ids[i], $"touchpointIds[{i}]", CardKind.Touchpoint);
        return ids.SequenceEqual(card.PainPoint!.ConcernsTouchpointIds) ? Nothing : One(new PainPointConcernsSet(map.Id, CardId, ids, ctx.By, ctx.At));
    }
}
