using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Feedback.Evidence;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Feedback.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JourneyStudio.Web.Feedback;

public sealed record AllowedHostsRequest(IReadOnlyList<string> AllowedHosts);

public sealed record WebhookAnswer(string Message, Guid? RunId, int New, int Updated, int Duplicate, int Rejected, IReadOnlyList<Rejection> Rejections);

public static class FeedbackApi
{
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/feedback").WithTags("Feedback");
        api.MapGet("/sources", ListSources).WithName("ListFeedbackSources").WithSummary("The workspace's feedback sources (Facilitator and up).");
        api.MapPost("/sources", CreateSource).WithName("CreateFeedbackSource").WithSummary("Adds a source; a webhook source's secret is shown in this answer only.");
        api.MapGet("/sources/{id:guid}", GetSource).WithName("GetFeedbackSource");
        api.MapPut("/sources/{id:guid}", UpdateSource).WithName("UpdateFeedbackSource").WithSummary("Changes a source (not its kind); its schedule follows.");
        api.MapDelete("/sources/{id:guid}", DeleteSource).WithName("DeleteFeedbackSource").WithSummary("Removes a source and its schedule; imported items stay.");
        api.MapPost("/sources/{id:guid}/upload", Upload).WithName("UploadFeedbackFile")
            .WithSummary("The body is the CSV/TSV file (?fileName=); it replaces the source's URL. Up to 1 MB here; the sources page takes larger files.");
        api.MapPost("/sources/preview", Preview).WithName("PreviewFeedbackSource")
            .WithSummary("Reads the first items of a source as it stands (not yet saved) exactly as an import would, and stores nothing.");
        api.MapPost("/sources/{id:guid}/import", ImportNow).WithName("ImportFeedbackNow").WithSummary("Queues an import now; answers the queued run.");
        api.MapGet("/sources/{id:guid}/runs", Runs).WithName("ListImportRuns").WithSummary("The source's runs, newest first.");
        api.MapGet("/runs/{runId:guid}", Run).WithName("GetImportRun").WithSummary("One run: counts, pages, rejections with where and why.");
        api.MapGet("/items", Items).WithName("SearchFeedback").WithSummary("Feedback of the workspace, newest first, filtered.");
        api.MapPost("/items/{id:guid}/assign", Assign).WithName("AssignFeedback").WithSummary("Ties an item to a touchpoint by hand; with a rule, adds it to the touchpoint.");
        api.MapGet("/touchpoints/{cardId:guid}/summary", Summary).WithName("GetTouchpointEvidence").WithSummary("Count, mean score and negative share of a touchpoint's feedback.");
        api.MapGet("/figures", Figures).WithName("GetFeedbackFigures")
            .WithSummary("Count, mean score, negative share and the weekly series of everything the filters select (the explorer's charts).");
        api.MapGet("/inbox/count", InboxCount).WithName("CountUnmatchedFeedback").WithSummary("How many items wait in the triage inbox.");
        api.MapGet("/settings", Settings).WithName("GetFeedbackSettings");
        api.MapPut("/settings", SetSettings).WithName("SetFeedbackSettings").WithSummary("Admins: hosts fetches may reach though they resolve to private addresses.");
        app.MapPost("/api/feedback/webhooks/{sourceId:guid}", Webhook).AllowAnonymous().DisableAntiforgery().WithTags("Feedback")
            .WithName("ReceiveFeedbackWebhook").WithSummary("Where a webhook source pushes, signed with HMAC; replays are refused.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SourceView>>> ListSources(FeedbackSources sources, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<SourceView>>((await sources.ListAsync(ct)).Select(s => SourceView.Of(s)).ToList());

    private static async Task<Created<SourceView>> CreateSource(SourceRequest request, FeedbackSources sources, CancellationToken ct)
    {
        var source = await sources.CreateAsync(request, ct);
        return TypedResults.Created($"/api/feedback/sources/{source.Id}", SourceView.Of(source, showSecret: true));
    }

    private static async Task<Results<Ok<SourceView>, NotFound>> GetSource(Guid id, FeedbackSources sources, CancellationToken ct) =>
        await sources.GetAsync(id, ct) is { } s ? TypedResults.Ok(SourceView.Of(s, await sources.UploadNameAsync(s, ct))) : TypedResults.NotFound();

    private static async Task<Results<Ok<SourceView>, NotFound>> UpdateSource(Guid id, SourceRequest request, FeedbackSources sources, CancellationToken ct) =>
        await sources.UpdateAsync(id, request, ct) is { } s ? TypedResults.Ok(SourceView.Of(s)) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteSource(Guid id, FeedbackSources sources, CancellationToken ct) =>
        await sources.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<SourceView>, NotFound>> Upload(Guid id, string? fileName, HttpRequest request, FeedbackSources sources, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (await sources.UploadAsync(id, fileName ?? "upload.csv", buffer.ToArray(), ct) is null) return TypedResults.NotFound();
        var source = (await sources.GetAsync(id, ct))!;
        return TypedResults.Ok(SourceView.Of(source, await sources.UploadNameAsync(source, ct)));
    }

    private static async Task<Ok<SourcePreviewResult>> Preview(PreviewRequest request, SourcePreview preview, CancellationToken ct) =>
        TypedResults.Ok(await preview.PreviewAsync(request, ct));

    private static async Task<Results<Accepted<ImportRun>, NotFound>> ImportNow(Guid id, FeedbackSources sources, CancellationToken ct) =>
        await sources.ImportNowAsync(id, ct) is { } run ? TypedResults.Accepted($"/api/feedback/runs/{run.Id}", run) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<ImportRun>>, NotFound>> Runs(Guid id, int? take, FeedbackSources sources, CancellationToken ct) =>
        await sources.RunsAsync(id, Math.Clamp(take ?? 50, 1, 500), ct) is { } runs ? TypedResults.Ok(runs) : TypedResults.NotFound();

    private static async Task<Results<Ok<ImportRun>, NotFound>> Run(Guid runId, FeedbackSources sources, CancellationToken ct) =>
        await sources.RunAsync(runId, ct) is { } run ? TypedResults.Ok(run) : TypedResults.NotFound();

    private static async Task<Ok<FeedbackPage>> Items([AsParameters] ItemsQuery q, FeedbackQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.SearchAsync(q.Filter(), ct));

    private static async Task<Ok<EvidenceFigures>> Figures([AsParameters] ItemsQuery q, FeedbackQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.FiguresAsync(q.Filter(), ct));

    private static async Task<Ok<long>> InboxCount(FeedbackQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.UnmatchedCountAsync(ct));

    public sealed record ItemsQuery(string? Q, Guid? SourceId, Guid? MapId, Guid? StageId, Guid? CardId, double? MinScore, double? MaxScore,
        DateTimeOffset? From, DateTimeOffset? To, bool? Unmatched, bool? Unscored, int? Page, int? PageSize)
    {
        public FeedbackFilter Filter() => new(Q, SourceId, MapId, StageId, CardId, MinScore, MaxScore, From, To, Unmatched ?? false, Unscored ?? false,
            Page ?? 1, PageSize ?? 25);
    }

    private static async Task<Results<Ok<FeedbackItem>, NotFound>> Assign(Guid id, AssignRequest request, FeedbackQueries queries, CancellationToken ct) =>
        await queries.AssignAsync(id, request, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Results<Ok<EvidenceSummary>, NotFound>> Summary(Guid cardId, FeedbackQueries queries, CancellationToken ct) =>
        await queries.TouchpointAsync(cardId, ct) is { } figures ? TypedResults.Ok(figures.Summary) : TypedResults.NotFound();

    private static async Task<Ok<FeedbackSettings>> Settings(FeedbackSources sources, CancellationToken ct) => TypedResults.Ok(await sources.SettingsAsync(ct));

    private static async Task<Ok<FeedbackSettings>> SetSettings(AllowedHostsRequest request, FeedbackSources sources, CancellationToken ct) =>
        TypedResults.Ok(await sources.SetAllowedHostsAsync(request.AllowedHosts ?? [], ct));

    private static async Task<IResult> Webhook(Guid sourceId, HttpRequest request, WebhookReceiver receiver, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var outcome = await receiver.ReceiveAsync(sourceId, request.Headers, buffer.ToArray(), ct);
        if (outcome.Status != 200 && outcome.Run is null)
            return TypedResults.Problem(new ProblemDetails { Status = outcome.Status, Title = "Delivery refused", Detail = outcome.Message });
        var run = outcome.Run!;
        var answer = new WebhookAnswer(outcome.Message, run.Id, run.New, run.Updated, run.Duplicate, run.Rejected, run.Rejections);
        return outcome.Status == 200 ? TypedResults.Ok(answer) : TypedResults.Json(answer, statusCode: outcome.Status);
    }
}
