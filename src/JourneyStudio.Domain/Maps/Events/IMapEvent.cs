using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Events;

/// <summary>A fact about one journey map. Every fact carries who caused it and when.</summary>
public interface IMapEvent
{
    Guid MapId { get; }
    Actor By { get; }
    DateTimeOffset At { get; }
}
