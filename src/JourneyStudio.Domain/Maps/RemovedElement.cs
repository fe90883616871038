namespace JourneyStudio.Domain.Maps;

/// <summary>What was removed, by whom and when: kept so that a late intent on it can be refused with a useful message.</summary>
public sealed record RemovedElement(string Kind, string Label, string By, DateTimeOffset At)
{
    public string Describe() => $"The {Kind} '{Label}' was removed by {By} at {At:yyyy-MM-dd HH:mm} UTC.";
}
