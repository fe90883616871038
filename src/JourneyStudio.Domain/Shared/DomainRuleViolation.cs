namespace JourneyStudio.Domain.Shared;

/// <summary>A command broke a rule of the domain. <see cref="Field"/> names the input that was wrong.</summary>
public sealed class DomainRuleViolation(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
