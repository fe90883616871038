using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Sentiment;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Feedback.Fetching;
using JourneyStudio.Web.Feedback.Import;
using Marten;

namespace JourneyStudio.Web.Feedback.Sources;

/// <summary>What the wizard asks to see: a source as it stands in the form, and a file to read when it has no URL yet.</summary>
public sealed record PreviewRequest(SourceRequest Source, Guid? SourceId = null, string? FileBase64 = null, string? FileName = null);

/// <summary>One row or item as it would be imported, or why it would be rejected.</summary>
public sealed record PreviewRow(
    string Where, string? ExternalId, DateTimeOffset? ReceivedAt, bool DateFromSource, string? RawScore, double? Score, ScoreOrigin ScoreOrigin,
    string? Title, string? Text, string? Author, string? Channel, string? RejectedField, string? RejectedReason);

/// <summary>
/// The first items of a source read with the same readers, fetcher and intake as an import, and nothing stored.
/// <see cref="Csv"/> shows what was detected and the header to map; <see cref="Error"/> why nothing could be read.
/// </summary>
public sealed record SourcePreviewResult(
    IReadOnlyList<PreviewRow> Rows, IReadOnlyList<string> Pages, IReadOnlyList<string> Notes, CsvPreview? Csv, string? Error, bool More);

public sealed class SourcePreview(IDocumentStore store, ICurrentActor actor, SafeFetcher fetcher)
{
    public const int RowsShown = 12;
    private const int PagesRead = 2;

    public async Task<SourcePreviewResult> PreviewAsync(PreviewRequest request, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.ConfigureSources, ct);
        var source = new FeedbackSource { Id = request.SourceId ?? Guid.Empty, WorkspaceId = caller.WorkspaceId };
        var upload = request.FileBase64 is { Length: > 0 } b64 ? Decode(b64) : null;
        request.Source.ApplyTo(source);
        source.MaxPages = Math.Min(source.MaxPages, PagesRead);

        await using var query = store.QuerySession();
        var allowList = (await query.LoadAsync<FeedbackSettings>(caller.WorkspaceId, ct))?.AllowedHosts ?? [];
        var uploadName = request.FileName;
        if (upload is null && source.Kind == SourceKind.Csv && source.Url is null && request.SourceId is { } id
            && await query.LoadAsync<FeedbackSource>(id, ct) is { UploadId: { } uploadId } stored && stored.WorkspaceId == caller.WorkspaceId
            && await query.LoadAsync<FeedbackUpload>(uploadId, ct) is { } file)
            (upload, uploadName) = (file.Content, file.FileName);

        var rows = new List<PreviewRow>();
        var pages = new List<string>();
        var notes = new List<string>();
        CsvPreview? csv = null;
        var more = false;
        try
        {
            if (source.Kind == SourceKind.Webhook) throw new SourceUnreadable("webhook", "a webhook source is pushed to; send a test delivery to see its items.");
            if (source.Kind == SourceKind.Csv)
            {
                if (upload is null && source.Url is null) throw new SourceUnreadable("file", "upload a file or give its URL to see a preview.");
                if (upload is null)
                {
                    var doc = await fetcher.GetAsync(new Uri(source.Url!), allowList, ct);
                    (upload, uploadName) = (doc.Body, doc.Url.ToString());
                    pages.Add(doc.Url.ToString());
                }
                csv = CsvFeedbackReader.Preview(upload, source.Csv, RowsShown);
            }
            var context = new ReadContext(source, (url, token) => fetcher.GetAsync(url, allowList, token), upload, uploadName);
            var intake = new FeedbackIntake(new IntakeRules(source.Scale, source.DateFormat, source.DayFirst, source.TimeZone, source.Skip), SentimentScorer.Default);
            var intakeContext = new IntakeContext(caller.WorkspaceId, source.Id, Guid.Empty, DateTimeOffset.UtcNow);
            await foreach (var outcome in FeedbackImporter.ReaderFor(source.Kind).ReadAsync(context, ct))
            {
                if (outcome.Page is { } page) { if (!pages.Contains(page)) pages.Add(page); continue; }
                if (rows.Count == RowsShown) { more = true; break; }
                rows.Add(Row(outcome, intake, intakeContext));
            }
            notes.AddRange(context.Notes);
        }
        catch (SourceUnreadable e) { return new(rows, pages, notes, csv, e.Message, more); }
        catch (FetchFailed e) { return new(rows, pages, notes, csv, e.Message, more); }
        return new(rows, pages, notes, csv, null, more);
    }

    private static PreviewRow Row(ReadOutcome outcome, FeedbackIntake intake, IntakeContext context)
    {
        if (outcome.Rejection is { } r) return new(r.Where, null, null, false, null, null, ScoreOrigin.None, null, null, null, null, r.Field, r.Reason);
        var draft = outcome.Draft!;
        var prepared = intake.Prepare(draft, context);
        if (prepared.Rejection is { } rejected)
            return new(rejected.Where, draft.ExternalId, null, false, draft.Score, null, ScoreOrigin.None, draft.Title, draft.Text, draft.Author, draft.Channel, rejected.Field, rejected.Reason);
        var item = prepared.Item!;
        return new(draft.Where, item.ExternalId, item.ReceivedAt, item.DateFromSource, item.RawScore, item.Score, item.ScoreOrigin, item.Title,
            item.Text.Length > 400 ? item.Text[..400] + "…" : item.Text, item.Author, item.Channel, null, null);
    }

    private static byte[] Decode(string base64)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64);
            if (bytes.Length > FeedbackSources.MaxUploadBytes) throw new Domain.Shared.DomainRuleViolation("file", $"The file is {bytes.Length:N0} bytes; the limit is {FeedbackSources.MaxUploadBytes:N0}.");
            return bytes;
        }
        catch (FormatException) { throw new Domain.Shared.DomainRuleViolation("fileBase64", "The file is not valid base64."); }
    }
}
