namespace JourneyStudio.Domain.Shared;

/// <summary>Who did something. The name is kept with the fact so history reads the same after a rename.</summary>
public sealed record Actor(Guid Id, string Name)
{
    public static readonly Actor System = new(Guid.Empty, "JourneyStudio");
}
