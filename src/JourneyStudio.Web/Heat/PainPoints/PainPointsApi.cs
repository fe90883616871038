using JourneyStudio.Domain.Maps;
using JourneyStudio.Web.Heat.ClosedLoop;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Maps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JourneyStudio.Web.Heat.PainPoints;

public sealed record LinkEvidenceRequest(Guid FeedbackItemId);

/// <summary>The pain-point lifecycle's own endpoints. Status changes themselves go through the map's commands (SetPainPointStatus).</summary>
public static class PainPointsApi
{
    public static IEndpointRouteBuilder MapPainPointsApi(this IEndpointRouteBuilder app)
    {
        var list = app.MapGroup("/api/pain-points").WithTags("Pain points");
        list.MapGet("/", Ranked).WithName("RankPainPoints")
            .WithSummary("Pain points that still need work, highest priority first, with the parts of each score; filter by mapId, status, ownerId, overdue.");
        list.MapGet("/settings", Settings).WithName("GetPainPointSettings").WithSummary("The closed-loop windows, minimum sample and target days per status.");
        list.MapPut("/settings", SaveSettings).WithName("SavePainPointSettings").WithSummary("Changes them (Admins).");

        var one = app.MapGroup("/api/maps/{mapId:guid}/pain-points/{cardId:guid}").WithTags("Pain points");
        one.MapGet("/", View).WithName("GetPainPointLoop").WithSummary("Status, deadline, the closed loop's verdict with weekly figures, linked evidence and watchers.");
        one.MapPost("/check", CheckNow).WithName("CheckPainPointNow").WithSummary("Verifies the fix against feedback now and applies the verdict, as the daily job does.");
        one.MapPost("/evidence", LinkEvidence).WithName("LinkPainPointEvidence").WithSummary("Links a feedback item of this workspace as evidence.");
        one.MapGet("/people.csv", People).WithName("ExportPainPointPeople")
            .WithSummary("The feedback behind the fix, with authors and contacts where the source had them, as CSV (Editors and up).");
        one.MapPut("/watchers/me", (Guid mapId, Guid cardId, PainPointLoop loop, CancellationToken ct) => Watch(mapId, cardId, true, loop, ct))
            .WithName("WatchPainPoint").WithSummary("The caller hears when the fix is verified or the pain point reopened.");
        one.MapDelete("/watchers/me", (Guid mapId, Guid cardId, PainPointLoop loop, CancellationToken ct) => Watch(mapId, cardId, false, loop, ct))
            .WithName("UnwatchPainPoint").WithSummary("Stops that.");

        var notices = app.MapGroup("/api/notices").WithTags("Pain points");
        notices.MapGet("/", async (NoticeBoard board, CancellationToken ct) => TypedResults.Ok(await board.MineAsync(ct)))
            .WithName("MyNotices").WithSummary("The caller's latest notices, newest first.");
        notices.MapPost("/{id:guid}/read", async Task<Results<NoContent, NotFound>> (Guid id, NoticeBoard board, CancellationToken ct) =>
            await board.MarkReadAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound()).WithName("ReadNotice");
        app.MapPut("/api/departments/{id:guid}/members/me", (Guid id, NoticeBoard board, CancellationToken ct) => Join(id, true, board, ct))
            .WithTags("Pain points").WithName("JoinDepartment").WithSummary("The caller hears about the pain points this department owns.");
        app.MapDelete("/api/departments/{id:guid}/members/me", (Guid id, NoticeBoard board, CancellationToken ct) => Join(id, false, board, ct))
            .WithTags("Pain points").WithName("LeaveDepartment");
        app.MapGet("/api/departments/members", async (DepartmentRoster roster, CancellationToken ct) => TypedResults.Ok(await roster.ReadAsync(ct)))
            .WithTags("Pain points").WithName("DepartmentRoster").WithSummary("Each member's departments (Admins).");
        app.MapPut("/api/departments/{id:guid}/members/{userId:guid}", (Guid id, Guid userId, DepartmentRoster roster, CancellationToken ct) => Place(id, userId, true, roster, ct))
            .WithTags("Pain points").WithName("AddDepartmentMember").WithSummary("Puts a member into a department, so they hear about its pain points (Admins).");
        app.MapDelete("/api/departments/{id:guid}/members/{userId:guid}", (Guid id, Guid userId, DepartmentRoster roster, CancellationToken ct) => Place(id, userId, false, roster, ct))
            .WithTags("Pain points").WithName("RemoveDepartmentMember");
        return app;
    }

    private static async Task<Results<Ok<PriorityList>, NotFound>> Ranked(
        Guid? mapId, PainPointStatus? status, Guid? ownerId, bool? overdue, PriorityBoard board, CancellationToken ct) =>
        await board.RankAsync(new PriorityFilter(mapId, status, ownerId, overdue ?? false), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Ok<PainPointSettings>> Settings(PainPointSettingsStore settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.GetAsync(ct));

    private static async Task<Ok<PainPointSettings>> SaveSettings(PainPointSettingsRequest request, PainPointSettingsStore settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.SaveAsync(request, ct));

    private static async Task<Results<Ok<PainPointLoopView>, NotFound>> View(Guid mapId, Guid cardId, PainPointLoop loop, CancellationToken ct) =>
        await loop.ViewAsync(mapId, cardId, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<LoopCheckResult>, NotFound>> CheckNow(Guid mapId, Guid cardId, PainPointLoop loop, CancellationToken ct) =>
        await loop.CheckNowAsync(mapId, cardId, ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound();

    private static async Task<Results<Ok<CommandResult>, NotFound>> LinkEvidence(
        Guid mapId, Guid cardId, LinkEvidenceRequest request, PainPointLoop loop, CancellationToken ct) =>
        await loop.LinkEvidenceAsync(mapId, cardId, request.FeedbackItemId, ct) is { } change
            ? TypedResults.Ok(new CommandResult(change.MapId, change.Version, change.Events))
            : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> People(Guid mapId, Guid cardId, PainPointLoop loop, CancellationToken ct)
    {
        if (await loop.PeopleAsync(mapId, cardId, ct) is not { } people) return TypedResults.NotFound();
        var name = new string(people.Label.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
        return SpreadsheetCsv.Download(EvidenceCsv.Write(people.Items), $"people-behind-{(name.Length > 40 ? name[..40] : name)}.csv");
    }

    private static async Task<Results<NoContent, NotFound>> Watch(Guid mapId, Guid cardId, bool watch, PainPointLoop loop, CancellationToken ct) =>
        await loop.WatchAsync(mapId, cardId, watch, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Join(Guid id, bool join, NoticeBoard board, CancellationToken ct) =>
        await board.JoinAsync(id, join, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Place(Guid id, Guid userId, bool member, DepartmentRoster roster, CancellationToken ct) =>
        await roster.SetAsync(id, userId, member, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
