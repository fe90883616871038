using System.Threading.Channels;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Feedback.Sentiment;
using JourneyStudio.Web.Feedback.Fetching;
using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Feedback.Storage;
using Marten;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// Runs one import: reads the source with its reader, prepares and matches each item (<see cref="FeedbackIntake"/>),
/// and writes batches through <see cref="FeedbackWriter"/>, publishing the run's counts with every batch so progress
/// shows live.
/// A source that cannot be read at all ends the run as failed with the reason; a bad row, page or field is a
/// rejection and the rest goes on. Nothing stored earlier is removed by an import.
/// </summary>
public sealed class FeedbackImporter(IDocumentStore store, FeedbackStore items, SafeFetcher fetcher, FeedbackNotifier notifier, ILogger<FeedbackImporter> log)
{
    public const int BatchSize = 2000;
    private const int PagesKept = 200;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    public static IFeedbackReader ReaderFor(SourceKind kind) => kind switch
    {
        SourceKind.Csv => new CsvFeedbackReader(),
        SourceKind.Html => new HtmlFeedbackReader(),
        SourceKind.Feed => new FeedFeedbackReader(),
        SourceKind.Json => new JsonFeedbackReader(),
        _ => throw new SourceUnreadable(kind.ToString(), "webhook sources are not fetched; their data arrives by POST."),
    };

    /// <summary>Runs the import into <paramref name="run"/>. Throws <see cref="FetchFailed"/> only for a transient failure worth a retry.</summary>
    public async Task RunAsync(FeedbackSource source, ImportRun run, CancellationToken ct)
    {
        run.Restart(DateTimeOffset.UtcNow);
        await SaveAsync(run, ct);
        try
        {
            var context = await ContextAsync(source, ct);
            await ImportAsync(source, run, ReaderFor(source.Kind).ReadAsync(context, ct), context.Notes, ct);
            run.Status = RunStatus.Succeeded;
        }
        catch (SourceUnreadable e)
        {
            run.Status = RunStatus.Failed;
            run.Error = e.Message;
        }
        catch (FetchFailed e)
        {
            run.Status = RunStatus.Failed;
            run.Error = e.Transient ? e.Message + " (will be tried again)" : e.Message;
            if (e.Transient) { await FinishAsync(run, ct); throw; }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Import of source {SourceId} failed", source.Id);
            run.Status = RunStatus.Failed;
            run.Error = $"The import stopped unexpectedly: {e.GetType().Name}: {e.Message}";
            await FinishAsync(run, ct);
            throw;
        }
        await FinishAsync(run, ct);
    }

    /// <summary>
    /// The reading pipeline itself, also used for webhook bodies. Reading, preparing and matching run ahead of the
    /// writes, one batch at a time, so parsing the next rows overlaps PostgreSQL storing the last. The caller saves the
    /// run when it ends, with its status.
    /// </summary>
    public async Task ImportAsync(FeedbackSource source, ImportRun run, IAsyncEnumerable<ReadOutcome> outcomes, List<string> notes, CancellationToken ct)
    {
        var intake = new FeedbackIntake(new IntakeRules(source.Scale, source.DateFormat, source.DayFirst, source.TimeZone, source.Skip), SentimentScorer.Default);
        var ctx = new IntakeContext(source.WorkspaceId, source.Id, run.Id, run.StartedAt ?? DateTimeOffset.UtcNow);
        TouchpointMatcher matcher;
        IReadOnlyDictionary<Guid, (Guid MapId, Guid StageId)> touchpoints;
        bool sourceEmpty;
        await using (var query = store.QuerySession())
        {
            (matcher, touchpoints) = (await TouchpointRuleBook.MatcherAsync(query, source.WorkspaceId, ct), await TouchpointRuleBook.TouchpointsAsync(query, source.WorkspaceId, ct));
            sourceEmpty = !await query.Query<ImportRun>().AnyAsync(r => r.SourceId == source.Id && r.Id != run.Id && (r.New > 0 || r.Updated > 0), ct);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var batches = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => PreparedBatch.ReadAsync(outcomes, intake, ctx, matcher, BatchSize, batches.Writer, stop.Token), stop.Token);
        var saved = DateTimeOffset.UtcNow;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(ct))
            {
                run.Read += batch.Read;
                foreach (var rejection in batch.Rejections) run.Reject(rejection);
                run.Pages.AddRange(batch.Pages.Take(Math.Max(0, PagesKept - run.Pages.Count)));
                if (await WriteBatchAsync(batch.Items, touchpoints, sourceEmpty, run, ct)) sourceEmpty = false;
                // Other instances' pages read progress from the saved run, a few times a second; this instance's hear every batch.
                if (DateTimeOffset.UtcNow - saved < ProgressInterval) { notifier.Publish(run); continue; }
                await SaveAsync(run, ct);
                saved = DateTimeOffset.UtcNow;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAny(reading);
        }
        // A reader that failed ended the batches early; its exception is what the run reports.
        await reading;
        run.Notes.AddRange(notes.Take(50));
    }

    /// <summary>Writes one batch; true when it met items of the source already stored.</summary>
    private async Task<bool> WriteBatchAsync(List<FeedbackItem> batch, IReadOnlyDictionary<Guid, (Guid MapId, Guid StageId)> touchpoints, bool sourceEmpty,
        ImportRun run, CancellationToken ct)
    {
        if (batch.Count == 0) return false;
        var outcome = await FeedbackWriter.WriteAsync(items, batch, touchpoints, sourceEmpty, ct);
        run.New += outcome.New;
        run.Updated += outcome.Updated;
        run.Duplicate += outcome.Duplicate;
        run.Matched += outcome.Matched;
        if (outcome.New + outcome.Updated > 0) notifier.Publish(new FeedbackChanges(run.WorkspaceId, outcome.MapIds, outcome.CardIds));
        return outcome.SourceHasItems;
    }

    private async Task<ReadContext> ContextAsync(FeedbackSource source, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var allowList = (await query.LoadAsync<FeedbackSettings>(source.WorkspaceId, ct))?.AllowedHosts ?? [];
        byte[]? upload = null;
        string? uploadName = null;
        if (source.Kind == SourceKind.Csv && string.IsNullOrWhiteSpace(source.Url))
        {
            var file = source.UploadId is { } id ? await query.LoadAsync<FeedbackUpload>(id, ct) : null;
            if (file is null) throw new SourceUnreadable(source.Name, "the source has neither a URL nor an uploaded file.");
            (upload, uploadName) = (file.Content, file.FileName);
        }
        return new ReadContext(source, (url, token) => fetcher.GetAsync(url, allowList, token), upload, uploadName);
    }

    private async Task FinishAsync(ImportRun run, CancellationToken ct)
    {
        run.FinishedAt = DateTimeOffset.UtcNow;
        await SaveAsync(run, ct);
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<FeedbackSource>(run.SourceId, ct) is { } source)
        {
            source.LastRunId = run.Id;
            session.Store(source);
            await session.SaveChangesAsync(ct);
        }
        notifier.Publish(run);
    }

    private async Task SaveAsync(ImportRun run, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(run);
        await session.SaveChangesAsync(ct);
        notifier.Publish(run);
    }
}
