using Hangfire;

namespace JourneyStudio.Web.Heat.ClosedLoop;

/// <summary>The daily Hangfire job that re-checks every resolved pain point against the feedback since its fix.</summary>
public sealed class ClosedLoopJob(ClosedLoopChecker checker)
{
    public const string RecurringId = "closed-loop-daily";

    [Queue("default")]
    [AutomaticRetry(Attempts = 2)]
    [JobDisplayName("Re-check resolved pain points against feedback")]
    public Task<int> RunAsync(CancellationToken ct) => checker.CheckAllAsync(ct);
}

/// <summary>Registers the daily re-check when the app starts (Hangfire keeps one schedule however many instances start).</summary>
internal sealed class ScheduleClosedLoopOnStart(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // 04:30 UTC: after the night's imports, before people look at their pain points.
        recurring.AddOrUpdate<ClosedLoopJob>(ClosedLoopJob.RecurringId, "default", job => job.RunAsync(CancellationToken.None), "30 4 * * *",
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
