using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Events;

public sealed record LaneAdded(Guid MapId, Guid LaneId, string Name, LaneKind Kind, string OrderKey, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record LaneRenamed(Guid MapId, Guid LaneId, string Name, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record LaneMoved(Guid MapId, Guid LaneId, string OrderKey, Actor By, DateTimeOffset At) : IMapEvent;

/// <summary>Removing a lane removes the cards in it (and their handoffs) too.</summary>
public sealed record LaneRemoved(Guid MapId, Guid LaneId, Actor By, DateTimeOffset At) : IMapEvent;
