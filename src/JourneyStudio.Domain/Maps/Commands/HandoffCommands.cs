using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

public sealed record AddHandoff(Guid FromCardId, Guid ToCardId, string? Label = null, Guid? HandoffId = null) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var from = map.RequireCard(FromCardId, "fromCardId");
        map.RequireCard(ToCardId, "toCardId");
        if (FromCardId == ToCardId) throw new DomainRuleViolation("toCardId", "A handoff must go to another card.");
        if (map.Handoffs.Any(h => h.FromCardId == FromCardId && h.ToCardId == ToCardId))
            throw new DomainRuleViolation("toCardId", $"There is already a handoff from '{from.Label}' to that card.");
        var label = Guard.Text(Label, "label", Limits.Label, allowEmpty: true);
        var id = HandoffId ?? ctx.NewId();
        map.RequireUnused(id, "handoffId");
        return One(new HandoffAdded(map.Id, id, FromCardId, ToCardId, label, ctx.By, ctx.At));
    }
}

public sealed record RelabelHandoff(Guid HandoffId, string? Label) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var handoff = map.RequireHandoff(HandoffId, "handoffId");
        var label = Guard.Text(Label, "label", Limits.Label, allowEmpty: true);
        return label == handoff.Label ? Nothing : One(new HandoffRelabelled(map.Id, HandoffId, label, ctx.By, ctx.At));
    }
}

public sealed record RemoveHandoff(Guid HandoffId) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        map.RequireHandoff(HandoffId, "handoffId");
        return One(new HandoffRemoved(map.Id, HandoffId, ctx.By, ctx.At));
    }
}
