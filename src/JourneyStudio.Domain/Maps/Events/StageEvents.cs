using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Events;

public sealed record StageAdded(Guid MapId, Guid StageId, string Name, string OrderKey, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record StageRenamed(Guid MapId, Guid StageId, string Name, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record StageMoved(Guid MapId, Guid StageId, string OrderKey, Actor By, DateTimeOffset At) : IMapEvent;

/// <summary>Removing a stage removes the cards in it (and their handoffs) too.</summary>
public sealed record StageRemoved(Guid MapId, Guid StageId, Actor By, DateTimeOffset At) : IMapEvent;
