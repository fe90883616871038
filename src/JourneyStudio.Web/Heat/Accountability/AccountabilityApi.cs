using JourneyStudio.Domain.Heat;
using JourneyStudio.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JourneyStudio.Web.Heat.Accountability;

/// <summary>The accountability matrix over HTTP, and its two spreadsheets. Every member may read them; each call checks who is calling.</summary>
public static class AccountabilityApi
{
    public static IEndpointRouteBuilder MapAccountabilityApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accountability").WithTags("Heat");
        group.MapGet("/", Matrix).WithName("GetAccountabilityMatrix")
            .WithSummary("Departments × journeys: the touchpoints and pain points each department owns, with their heat over a window (window=last4|quarter, default quarter); what nobody owns comes last.");
        group.MapGet("/touchpoints.csv", Touchpoints).WithName("ExportTouchpointsCsv")
            .WithSummary("Every touchpoint with its journey, stage, owner, moment of truth and heat, as CSV.");
        group.MapGet("/pain-points.csv", PainPoints).WithName("ExportPainPointsCsv")
            .WithSummary("Every pain point with its journey, stage, owner, status and severity, as CSV.");
        return app;
    }

    private static async Task<Ok<AccountabilityMatrix>> Matrix(string? window, AccountabilityQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MatrixAsync(window, ct));

    private static async Task<FileContentHttpResult> Touchpoints(string? window, AccountabilityQueries queries, CancellationToken ct) =>
        SpreadsheetCsv.Download(AccountabilityCsv.Touchpoints(await queries.MatrixAsync(window, ct)), "touchpoints.csv");

    private static async Task<FileContentHttpResult> PainPoints(AccountabilityQueries queries, CancellationToken ct) =>
        SpreadsheetCsv.Download(AccountabilityCsv.PainPoints(await queries.MatrixAsync(null, ct)), "pain-points.csv");
}
