namespace JourneyStudio.Domain.Workspaces;

/// <summary>Who a journey is about.</summary>
public sealed record Persona(
    Guid Id, string Name, string Segment, string Summary,
    IReadOnlyList<string> Goals, IReadOnlyList<string> Needs, IReadOnlyList<string> Frustrations);
