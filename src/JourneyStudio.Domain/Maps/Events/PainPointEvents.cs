using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Events;

public sealed record PainPointSeveritySet(Guid MapId, Guid CardId, int Severity, Actor By, DateTimeOffset At) : IMapEvent;

/// <summary><see cref="FixedAt"/> is the fix date, set when moving to Resolved (events before fix dates existed carry none: the fix date is then <see cref="At"/>).</summary>
public sealed record PainPointStatusSet(
    Guid MapId, Guid CardId, PainPointStatus From, PainPointStatus To, string? Reason, Actor By, DateTimeOffset At, DateTimeOffset? FixedAt = null) : IMapEvent;

public sealed record PainPointConcernsSet(Guid MapId, Guid CardId, IReadOnlyList<Guid> TouchpointIds, Actor By, DateTimeOffset At) : IMapEvent;

/// <summary><see cref="Excerpt"/> is the start of the item's text, kept so the history reads the same if the item is later removed.</summary>
public sealed record PainPointEvidenceLinked(Guid MapId, Guid CardId, Guid FeedbackItemId, string Excerpt, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record PainPointEvidenceUnlinked(Guid MapId, Guid CardId, Guid FeedbackItemId, Actor By, DateTimeOffset At) : IMapEvent;
