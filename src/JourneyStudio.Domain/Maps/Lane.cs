namespace JourneyStudio.Domain.Maps;

/// <summary>A row of the map; its kind decides what its cards are.</summary>
public sealed record Lane(Guid Id, string Name, LaneKind Kind, string OrderKey);
