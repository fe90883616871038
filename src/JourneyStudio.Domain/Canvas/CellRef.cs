namespace JourneyStudio.Domain.Canvas;

/// <summary>One cell of the grid: a stage column crossed with a lane row.</summary>
public readonly record struct CellRef(Guid StageId, Guid LaneId);
