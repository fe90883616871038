using JourneyStudio.Domain.Heat;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JourneyStudio.Web.Heat;

public sealed record HeatSettingsRequest(int EvidenceMinimum);

public sealed record HeatSettingsView(int EvidenceMinimum);

/// <summary>Heat over HTTP. Every route checks the caller's role in their workspace; another workspace's map is 404.</summary>
public static class HeatApi
{
    public static IEndpointRouteBuilder MapHeatApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/maps/{id:guid}/heat", ForMap).WithTags("Heat").WithName("GetMapHeat")
            .WithSummary("Heat of the map's touchpoints, stages and the whole map over a window (window=last4|quarter|custom&from=&to=), with weekly series; with version=N, the map as it was then, its windows ending at that version's time.");
        var heat = app.MapGroup("/api/heat").WithTags("Heat");
        heat.MapGet("/", ForWorkspace).WithName("GetWorkspaceHeat").WithSummary("Every map of the workspace and its stages over a window, from the roll-up.");
        heat.MapGet("/settings", Settings).WithName("GetHeatSettings").WithSummary("How many items a cell needs before it is coloured.");
        heat.MapPut("/settings", SetSettings).WithName("SetHeatSettings").WithSummary("Admins: set the evidence minimum (1–100000).");
        return app;
    }

    private static async Task<Results<Ok<MapHeatView>, NotFound>> ForMap(
        Guid id, int? version, string? window, DateOnly? from, DateOnly? to, HeatQueries queries, CancellationToken ct) =>
        await queries.MapAsync(id, version, window, from, to, ct) is { } heat ? TypedResults.Ok(heat) : TypedResults.NotFound();

    private static async Task<Ok<WorkspaceHeatView>> ForWorkspace(string? window, DateOnly? from, DateOnly? to, HeatQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.WorkspaceAsync(queries.Window(window, from, to), ct));

    private static async Task<Ok<HeatSettingsView>> Settings(HeatQueries queries, Accounts.ICurrentActor caller, CancellationToken ct)
    {
        var who = await caller.RequireAsync(Domain.Accounts.Permission.ReadMaps, ct);
        return TypedResults.Ok(new HeatSettingsView((await queries.SettingsAsync(who.WorkspaceId, ct)).EvidenceMinimum));
    }

    private static async Task<Ok<HeatSettingsView>> SetSettings(HeatSettingsRequest request, HeatQueries queries, IDocumentSession writer, CancellationToken ct) =>
        TypedResults.Ok(new HeatSettingsView((await queries.SetEvidenceMinimumAsync(request.EvidenceMinimum, writer, ct)).EvidenceMinimum));
}
