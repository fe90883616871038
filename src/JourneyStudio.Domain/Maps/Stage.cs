namespace JourneyStudio.Domain.Maps;

/// <summary>A column of the map: one step of the customer's journey.</summary>
public sealed record Stage(Guid Id, string Name, string OrderKey);
