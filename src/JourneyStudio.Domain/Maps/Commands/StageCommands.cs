using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

public sealed record AddStage(string Name, Guid? StageId = null, Placement? Placement = null) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var name = Guard.Text(Name, "name", Limits.Name);
        var id = StageId ?? ctx.NewId();
        map.RequireUnused(id, "stageId");
        var key = (Placement ?? Maps.Placement.AtEnd).KeyAmong(map.OrderedStages.ToList(), s => s.Id, s => s.OrderKey);
        return One(new StageAdded(map.Id, id, name, key, ctx.By, ctx.At));
    }
}

public sealed record RenameStage(Guid StageId, string Name) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var stage = map.RequireStage(StageId, "stageId");
        var name = Guard.Text(Name, "name", Limits.Name);
        return name == stage.Name ? Nothing : One(new StageRenamed(map.Id, StageId, name, ctx.By, ctx.At));
    }
}

public sealed record MoveStage(Guid StageId, Placement Placement) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        map.RequireStage(StageId, "stageId");
        var key = (Placement ?? Maps.Placement.AtEnd).KeyForMove(map.OrderedStages.ToList(), StageId, s => s.Id, s => s.OrderKey);
        return key is null ? Nothing : One(new StageMoved(map.Id, StageId, key, ctx.By, ctx.At));
    }
}

public sealed record RemoveStage(Guid StageId) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        map.RequireStage(StageId, "stageId");
        if (map.Stages.Count == 1)
            throw new DomainRuleViolation("stageId", "A map needs at least one stage; add another before removing this one.");
        return One(new StageRemoved(map.Id, StageId, ctx.By, ctx.At));
    }
}
