using Npgsql;
using Polly;
using Polly.Retry;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// Match rows fold into the weekly heat tallies as they are written, so two imports about the same touchpoints and
/// weeks lock the same tally rows. Rows go in one fixed order to make that rare; when PostgreSQL still picks a
/// victim, its transaction was rolled back whole, so running the same write again is exact.
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

    public static ValueTask RunAsync(Func<CancellationToken, Task> write, CancellationToken ct) =>
        Pipeline.ExecuteAsync(async token => await write(token), ct);
}
