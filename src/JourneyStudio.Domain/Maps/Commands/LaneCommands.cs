using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

public sealed record AddLane(string Name, LaneKind Kind, Guid? LaneId = null, Placement? Placement = null) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var name = Guard.Text(Name, "name", Limits.Name);
        if (!Enum.IsDefined(Kind)) throw new DomainRuleViolation("kind", $"'{Kind}' is not a lane kind.");
        var id = LaneId ?? ctx.NewId();
        map.RequireUnused(id, "laneId");
        var key = (Placement ?? Maps.Placement.AtEnd).KeyAmong(map.OrderedLanes.ToList(), l => l.Id, l => l.OrderKey);
        return One(new LaneAdded(map.Id, id, name, Kind, key, ctx.By, ctx.At));
    }
}

public sealed record RenameLane(Guid LaneId, string Name) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var lane = map.RequireLane(LaneId, "laneId");
        var name = Guard.Text(Name, "name", Limits.Name);
        return name == lane.Name ? Nothing : One(new LaneRenamed(map.Id, LaneId, name, ctx.By, ctx.At));
    }
}

public sealed record MoveLane(Guid LaneId, Placement Placement) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        map.RequireLane(LaneId, "laneId");
        var key = (Placement ?? Maps.Placement.AtEnd).KeyForMove(map.OrderedLanes.ToList(), LaneId, l => l.Id, l => l.OrderKey);
        return key is null ? Nothing : One(new LaneMoved(map.Id, LaneId, key, ctx.By, ctx.At));
    }
}

public sealed record RemoveLane(Guid LaneId) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        map.RequireLane(LaneId, "laneId");
        if (map.Lanes.Count == 1)
            throw new DomainRuleViolation("laneId", "A map needs at least one lane; add another before removing this one.");
        return One(new LaneRemoved(map.Id, LaneId, ctx.By, ctx.At));
    }
}
