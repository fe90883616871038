using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Domain.Canvas;

public enum Direction { Left, Right, Up, Down }

/// <summary>Arrow-key movement between cells, in the order people see stages and lanes.</summary>
public static class CellNavigator
{
    public static CellRef? Neighbour(JourneyMap map, CellRef from, Direction direction, CardKind? carrying = null)
    {
        var stages = map.OrderedStages.Select(s => s.Id).ToList();
        // Cards carried along keep to lanes of their kind (a touchpoint never lands in the thoughts lane).
        var lanes = map.OrderedLanes.Where(l => carrying is null || LaneKinds.CardKindFor(l.Kind) == carrying || l.Id == from.LaneId)
            .Select(l => l.Id).ToList();
        var s = stages.IndexOf(from.StageId);
        var l = lanes.IndexOf(from.LaneId);
        if (s < 0 || l < 0) return null;
        (s, l) = direction switch
        {
            Direction.Left => (s - 1, l),
            Direction.Right => (s + 1, l),
            Direction.Up => (s, l - 1),
            _ => (s, l + 1),
        };
        return s >= 0 && s < stages.Count && l >= 0 && l < lanes.Count ? new CellRef(stages[s], lanes[l]) : null;
    }

    public static CellRef? First(JourneyMap map) =>
        map.OrderedStages.FirstOrDefault() is { } stage && map.OrderedLanes.FirstOrDefault() is { } lane
            ? new CellRef(stage.Id, lane.Id)
            : null;
}
