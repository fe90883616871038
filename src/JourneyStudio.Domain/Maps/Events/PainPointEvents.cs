using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Events;

public sealed record PainPointSeveritySet(Guid MapId, Guid CardId, int Severity, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record PainPointStatusSet(
    Guid MapId, Guid CardId, PainPointStatus From, PainPointStatus To, string? Reason, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record PainPointConcernsSet(Guid MapId, Guid CardId, IReadOnlyList<Guid> TouchpointIds, Actor By, DateTimeOffset At) : IMapEvent;
