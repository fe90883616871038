namespace JourneyStudio.Web.Accounts;

/// <summary>
/// The per-caller token bucket on <c>/api</c>, from <c>JourneyStudio:RateLimits:Api</c>. The defaults are generous
/// for people and scripts and a wall for floods.
/// </summary>
public sealed class ApiRateLimit
{
    public const string Section = "JourneyStudio:RateLimits:Api";

    public int Burst { get; set; } = 600;
    public int TokensPerPeriod { get; set; } = 300;
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(10);
}
