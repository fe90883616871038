using Cronos;
using Hangfire;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Sources;
using Marten;

namespace JourneyStudio.Web.Feedback.Jobs;

/// <summary>
/// Keeps Hangfire's recurring jobs in step with the sources: one per enabled source with a schedule, named
/// <c>feedback-source-{id}</c>, its cron in UTC; and queues "Import now" runs.
/// </summary>
public sealed class FeedbackScheduler(IRecurringJobManager recurring, IBackgroundJobClient jobs, IDocumentStore store)
{
    public static string RecurringId(Guid sourceId) => $"feedback-source-{sourceId:N}";

    /// <summary>Null when the schedule is a valid five-field cron expression (or empty); otherwise why not.</summary>
    public static string? ScheduleProblem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron)) return null;
        try
        {
            CronExpression.Parse(cron.Trim());
            return null;
        }
        catch (CronFormatException e) { return $"'{cron}' is not a cron schedule (minute hour day month weekday, e.g. '0 6 * * *'): {e.Message}"; }
    }

    /// <summary>The next time the schedule fires, for the sources page.</summary>
    public static DateTimeOffset? NextRun(string? cron, DateTimeOffset from) =>
        string.IsNullOrWhiteSpace(cron) || ScheduleProblem(cron) is not null ? null
            : CronExpression.Parse(cron.Trim()).GetNextOccurrence(from, TimeZoneInfo.Utc);

    public void Sync(FeedbackSource source)
    {
        if (source.Kind != SourceKind.Webhook && source.Enabled && !string.IsNullOrWhiteSpace(source.Schedule))
            recurring.AddOrUpdate<ImportFeedbackJob>(RecurringId(source.Id), "feedback", job => job.RunAsync(source.Id, null, null, CancellationToken.None),
                source.Schedule.Trim(), new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        else recurring.RemoveIfExists(RecurringId(source.Id));
    }

    public void Remove(Guid sourceId) => recurring.RemoveIfExists(RecurringId(sourceId));

    /// <summary>Creates the run (queued, visible at once) and hands it to Hangfire.</summary>
    public async Task<ImportRun> ImportNowAsync(FeedbackSource source, RunTrigger trigger, string requestedBy, CancellationToken ct)
    {
        var run = new ImportRun
        {
            Id = Guid.NewGuid(), WorkspaceId = source.WorkspaceId, SourceId = source.Id, SourceName = source.Name, Trigger = trigger,
            RequestedBy = requestedBy, Status = RunStatus.Queued, QueuedAt = DateTimeOffset.UtcNow,
        };
        await using (var session = store.LightweightSession())
        {
            session.Store(run);
            await session.SaveChangesAsync(ct);
        }
        run.JobId = jobs.Enqueue<ImportFeedbackJob>("feedback", job => job.RunAsync(source.Id, run.Id, null, CancellationToken.None));
        await using (var session = store.LightweightSession())
        {
            session.Store(run);
            await session.SaveChangesAsync(ct);
        }
        return run;
    }
}

/// <summary>At start-up, every source's schedule is registered again (a new database, or sources changed while it was down).</summary>
internal sealed class ScheduleSourcesOnStart(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<FeedbackScheduler>();
        await using var query = scope.ServiceProvider.GetRequiredService<IDocumentStore>().QuerySession();
        foreach (var source in await query.Query<FeedbackSource>().ToListAsync(ct)) scheduler.Sync(source);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
