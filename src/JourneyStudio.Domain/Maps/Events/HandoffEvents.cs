using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Events;

public sealed record HandoffAdded(Guid MapId, Guid HandoffId, Guid FromCardId, Guid ToCardId, string Label, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record HandoffRelabelled(Guid MapId, Guid HandoffId, string Label, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record HandoffRemoved(Guid MapId, Guid HandoffId, Actor By, DateTimeOffset At) : IMapEvent;
