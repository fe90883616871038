using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Sentiment;
using JourneyStudio.Web.Feedback.Fetching;
using JourneyStudio.Web.Feedback.Sources;
using Marten;
using Weasel.Core;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// Runs one import: reads the source with its reader, prepares each item (<see cref="FeedbackIntake"/>), and writes
/// batches through <see cref="FeedbackWriter"/>, saving the run's counts with every batch so progress shows live.
/// A source that cannot be read at all ends the run as failed with the reason; a bad row, page or field is a
/// rejection and the rest goes on. Nothing stored earlier is removed by an import.
/// </summary>
public sealed class FeedbackImporter(IDocumentStore store, SafeFetcher fetcher, FeedbackNotifier notifier, ILogger<FeedbackImporter> log)
{
    public const int BatchSize = 1000;

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

    /// <summary>The reading pipeline itself, also used for webhook bodies and the benchmark.</summary>
    public async Task ImportAsync(FeedbackSource source, ImportRun run, IAsyncEnumerable<ReadOutcome> outcomes, List<string> notes, CancellationToken ct)
    {
        var intake = new FeedbackIntake(new IntakeRules(source.Scale, source.DateFormat, source.DayFirst, source.TimeZone, source.Skip), SentimentScorer.Default);
        var ctx = new IntakeContext(source.WorkspaceId, source.Id, run.Id, run.StartedAt ?? DateTimeOffset.UtcNow);
        TouchpointMatcherSet rules;
        await using (var query = store.QuerySession())
            rules = new(await TouchpointRuleBook.MatcherAsync(query, source.WorkspaceId, ct), await TouchpointRuleBook.TouchpointsAsync(query, source.WorkspaceId, ct));

        var batch = new List<FeedbackItem>(BatchSize);
        await foreach (var outcome in outcomes.WithCancellation(ct))
        {
            if (outcome.Page is { } page) { if (run.Pages.Count < 200) run.Pages.Add(page); continue; }
            run.Read++;
            if (outcome.Rejection is { } rejected) { run.Reject(rejected); continue; }
            var prepared = intake.Prepare(outcome.Draft!, ctx);
            if (prepared.Rejection is { } rejection) { run.Reject(rejection); continue; }
            batch.Add(prepared.Item!);
            if (batch.Count >= BatchSize)
            {
                await WriteBatchAsync(batch, rules, run, ct);
                batch.Clear();
            }
        }
        run.Notes.AddRange(notes.Take(50));
        await WriteBatchAsync(batch, rules, run, ct);
    }

    private sealed record TouchpointMatcherSet(Domain.Feedback.Matching.TouchpointMatcher Matcher, Dictionary<Guid, (Guid MapId, Guid StageId)> Touchpoints);

    private async Task WriteBatchAsync(List<FeedbackItem> batch, TouchpointMatcherSet rules, ImportRun run, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var outcome = batch.Count == 0 ? null : await FeedbackWriter.WriteAsync(session, batch, rules.Matcher, rules.Touchpoints, DateTimeOffset.UtcNow, ct);
        if (outcome is not null)
        {
            // New items go in by COPY (Marten's bulk insert): per-row upserts were the import's bottleneck. An item
            // another run inserted meanwhile has the same id and content, so a duplicate is skipped, not an error.
            if (outcome.Fresh.Count > 0) await store.BulkInsertAsync(outcome.Fresh, BulkInsertMode.IgnoreDuplicates, BatchSize, ct);
            if (outcome.FreshMatches.Count > 0)
                await DeadlockRetry.RunAsync(token => store.BulkInsertAsync(outcome.FreshMatches.InTallyOrder().ToList(), BulkInsertMode.IgnoreDuplicates, BatchSize, token), ct);
            run.New += outcome.New;
            run.Updated += outcome.Updated;
            run.Duplicate += outcome.Duplicate;
            run.Matched += outcome.Matched;
        }
        session.Store(run);
        await DeadlockRetry.RunAsync(session.SaveChangesAsync, ct);
        notifier.Publish(run);
        if (outcome is not null) notifier.Publish(new FeedbackChanges(run.WorkspaceId, outcome.MapIds, outcome.CardIds));
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
