using Hangfire;
using Hangfire.Server;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Sources;
using Marten;

namespace JourneyStudio.Web.Feedback.Jobs;

/// <summary>
/// The Hangfire job that imports one source. Scheduled runs come with no run id and start a new run; "Import now"
/// creates the run first (so the page can show it queued) and passes its id. A transient failure (server error,
/// timeout) is retried by Hangfire with growing delays, on the same run; the import is idempotent, so a retry or a
/// second run never duplicates an item.
/// </summary>
public sealed class ImportFeedbackJob(IDocumentStore store, FeedbackImporter importer)
{
    [Queue("feedback")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [15, 60, 300], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Import feedback source {0}")]
    public async Task RunAsync(Guid sourceId, Guid? runId, PerformContext? context, CancellationToken ct)
    {
        FeedbackSource? source;
        ImportRun? run = null;
        await using (var query = store.QuerySession())
        {
            source = await query.LoadAsync<FeedbackSource>(sourceId, ct);
            if (runId is { } id) run = await query.LoadAsync<ImportRun>(id, ct);
        }
        if (source is null) return; // deleted since it was scheduled
        if (run is null && runId is null && !source.Enabled) return;
        run ??= new ImportRun
        {
            Id = runId ?? Guid.NewGuid(), WorkspaceId = source.WorkspaceId, SourceId = source.Id, SourceName = source.Name,
            Trigger = RunTrigger.Schedule, RequestedBy = "Schedule", QueuedAt = DateTimeOffset.UtcNow,
        };
        run.JobId = context?.BackgroundJob.Id ?? run.JobId;
        await importer.RunAsync(source, run, ct);
    }
}
