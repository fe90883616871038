using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Events;

public sealed record CardAdded(
    Guid MapId, Guid CardId, Guid StageId, Guid LaneId, CardKind Kind, string Text, string OrderKey,
    CardColour? Colour, IReadOnlyList<string> Tags, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record CardTextEdited(Guid MapId, Guid CardId, string Text, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record CardMoved(
    Guid MapId, Guid CardId, Guid FromStageId, Guid FromLaneId, Guid ToStageId, Guid ToLaneId, string OrderKey,
    Actor By, DateTimeOffset At) : IMapEvent;

public sealed record CardRestyled(Guid MapId, Guid CardId, CardColour? Colour, IReadOnlyList<string> Tags, Actor By, DateTimeOffset At) : IMapEvent;

/// <summary>Removing a card removes the handoffs that start or end at it.</summary>
public sealed record CardRemoved(Guid MapId, Guid CardId, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record EmotionScoreSet(Guid MapId, Guid CardId, int Score, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record OwnerAssigned(Guid MapId, Guid CardId, Guid? DepartmentId, Actor By, DateTimeOffset At) : IMapEvent;
