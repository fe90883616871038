using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Events;

public sealed record MapCreated(
    Guid MapId, Guid WorkspaceId, string Title, MapState State, Guid? PersonaId, string Scenario,
    string BrandPromise, string? CreatedFrom, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record MapDetailsEdited(
    Guid MapId, string Title, Guid? PersonaId, string Scenario, string BrandPromise, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record CounterpartLinked(Guid MapId, Guid? CounterpartMapId, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record MapArchived(Guid MapId, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record MapRestored(Guid MapId, Actor By, DateTimeOffset At) : IMapEvent;

/// <summary>The map's content was set back to what it was at <see cref="FromVersion"/>.</summary>
public sealed record VersionRestored(Guid MapId, int FromVersion, MapContent Content, Actor By, DateTimeOffset At) : IMapEvent;
