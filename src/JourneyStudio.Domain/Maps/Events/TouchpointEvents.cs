using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Events;

public sealed record TouchpointChannelSet(Guid MapId, Guid CardId, string? Channel, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record KpiTargetsSet(Guid MapId, Guid CardId, KpiTargets Kpis, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record FeedbackRulesSet(Guid MapId, Guid CardId, IReadOnlyList<FeedbackRule> Rules, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record MomentOfTruthTagged(Guid MapId, Guid CardId, string Reason, Actor By, DateTimeOffset At) : IMapEvent;

public sealed record MomentOfTruthUntagged(Guid MapId, Guid CardId, Actor By, DateTimeOffset At) : IMapEvent;
