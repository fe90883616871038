using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.RateLimiting;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace JourneyStudio.Web.Collaboration;

/// <summary>How many hub calls one connection may make: presence (cursors) is frequent, edits much less so.</summary>
public sealed class HubRateLimits
{
    public const string Section = "JourneyStudio:RateLimits:Hub";

    /// <summary>Presence updates a second; the canvas sends at most about 30.</summary>
    public int PresencePerSecond { get; set; } = 60;

    /// <summary>Edits, catch-ups and joins a second.</summary>
    public int CallsPerSecond { get; set; } = 20;
}

/// <summary>
/// Every hub call passes here: a connection over its rate is refused, and a refused intent, a bad message or a
/// missing permission comes back to the caller as a hub error that says what was wrong, without closing the
/// connection or touching the map.
/// </summary>
public sealed class HubGuard(IOptions<HubRateLimits> limits, ILogger<HubGuard> log) : IHubFilter
{
    private static readonly HashSet<string> PresenceMethods = [nameof(MapHub.Share), nameof(MapHub.Greet)];
    private readonly ConcurrentDictionary<string, (RateLimiter Presence, RateLimiter Calls)> buckets = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var (presence, calls) = buckets.GetOrAdd(context.Context.ConnectionId, _ => (Bucket(limits.Value.PresencePerSecond), Bucket(limits.Value.CallsPerSecond)));
        var isPresence = PresenceMethods.Contains(context.HubMethodName);
        using var lease = (isPresence ? presence : calls).AttemptAcquire();
        if (!lease.IsAcquired)
            throw new HubException($"Too many messages: {context.HubMethodName} is limited to {(isPresence ? limits.Value.PresencePerSecond : limits.Value.CallsPerSecond)} a second. Slow down and try again.");
        try
        {
            return await next(context);
        }
        catch (Exception e) when (Explain(e) is { } message)
        {
            log.LogInformation("Hub call {Method} refused: {Reason}", context.HubMethodName, message);
            throw new HubException(message);
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (buckets.TryRemove(context.Context.ConnectionId, out var b))
        {
            b.Presence.Dispose();
            b.Calls.Dispose();
        }
        await next(context, exception);
    }

    private static string? Explain(Exception e) => e switch
    {
        DomainRuleViolation v => $"{v.Field}: {v.Message}",
        TargetRemoved r => r.Message,
        AccessDenied or NotSignedIn => e.Message,
        JsonException j => $"{(string.IsNullOrEmpty(j.Path) || j.Path == "$" ? "commands" : j.Path.TrimStart('$', '.'))}: {Cut(j.Message)}",
        _ => null,
    };

    private static string Cut(string message) => message.IndexOf(" Path:", StringComparison.Ordinal) is > 0 and var i ? message[..i] : message;

    private static TokenBucketRateLimiter Bucket(int perSecond) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perSecond * 2,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });
}
