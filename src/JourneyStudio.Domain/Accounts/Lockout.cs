namespace JourneyStudio.Domain.Accounts;

/// <summary>
/// Repeated failed sign-ins lock an account for a while. The count resets on success; a lock ends by itself,
/// so an attacker can slow a user down but not shut them out for good.
/// </summary>
public sealed record Lockout(int FailedAttempts, DateTimeOffset? LockedUntil)
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);
    public static readonly Lockout None = new(0, null);

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public Lockout AfterFailure(DateTimeOffset now)
    {
        if (IsLocked(now)) return this;
        var failures = (LockedUntil is null ? FailedAttempts : 0) + 1;
        return failures >= MaxAttempts ? new Lockout(0, now + Duration) : new Lockout(failures, null);
    }

    public Lockout AfterSuccess() => None;
}
