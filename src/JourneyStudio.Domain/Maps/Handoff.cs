namespace JourneyStudio.Domain.Maps;

/// <summary>An arrow from one card to another, usually where responsibility passes between departments.</summary>
public sealed record Handoff(Guid Id, Guid FromCardId, Guid ToCardId, string Label);
