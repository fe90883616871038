namespace JourneyStudio.Testing;

/// <summary>The app's clock at a moment the test chooses, and moves.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
