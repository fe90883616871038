namespace JourneyStudio.Domain.Shared;

/// <summary>The command was aimed at something that someone already removed.</summary>
public sealed class TargetRemoved(string message) : Exception(message);
