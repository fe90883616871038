using Npgsql;
using Polly;
using Polly.Retry;

namespace JourneyStudio.Web.Feedback.Storage;

/// <summary>
/// Match rows fold into the weekly heat tallies as they are written, so writers about the same touchpoints and weeks
/// lock the same tally rows. Writers of one workspace take turns under its feedback lock and rows go in one fixed
/// order, so a deadlock needs something outside those rules; if PostgreSQL still picks a victim, its transaction was
/// rolled back whole, and running the same write again from its reads is exact.
/// </summary>
internal static class DeadlockRetry
{
    private static readonly ResiliencePipeline Pipeline = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<PostgresException>(e => e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure),
            MaxRetryAttempts = 5,
            Delay = TimeSpan.FromMilliseconds(50),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();

    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken ct) =>
        await Pipeline.ExecuteAsync(async token => await write(token), ct);
}
