namespace JourneyStudio.Domain.Workspaces;

/// <summary>An accountable owner team; <see cref="Colour"/> is a CSS hex colour used wherever its ownership shows.</summary>
public sealed record Department(Guid Id, string Name, string Colour);
