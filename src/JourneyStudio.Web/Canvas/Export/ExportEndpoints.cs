using System.Globalization;
using System.Text;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Maps;
using JourneyStudio.Web.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JourneyStudio.Web.Canvas.Export;

public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/maps").WithTags("Maps");
        group.MapGet("/{id:guid}/export.svg", ExportSvg).WithName("ExportMapSvg")
            .WithSummary("The map (now, or at ?version=N) as a standalone SVG file that looks like the canvas.");
        group.MapGet("/{id:guid}/export.png", ExportPng).WithName("ExportMapPng")
            .WithSummary("The map (now, or at ?version=N) as a PNG image at twice the canvas's size.");
        return app;
    }

    private static Task<Results<FileContentHttpResult, NotFound>> ExportSvg(
        Guid id, int? version, HttpContext http, MapReader maps, WorkspaceReader workspaces, CancellationToken ct) =>
        ExportAsync(id, version, http, maps, workspaces, "svg", "image/svg+xml", (map, workspace) => Encoding.UTF8.GetBytes(SvgExport.Render(map, workspace)), ct);

    private static Task<Results<FileContentHttpResult, NotFound>> ExportPng(
        Guid id, int? version, HttpContext http, MapReader maps, WorkspaceReader workspaces, CancellationToken ct) =>
        ExportAsync(id, version, http, maps, workspaces, "png", "image/png", PngExport.Render, ct);

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(
        Guid id, int? version, HttpContext http, MapReader maps, WorkspaceReader workspaces,
        string extension, string contentType, Func<JourneyMap, Workspace, byte[]> render, CancellationToken ct)
    {
        if (await maps.GetAsync(id, version, ct) is not { } map) return TypedResults.NotFound();
        var workspace = await workspaces.CurrentAsync(ct);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{Slug(map.Title)}-v{map.Version}.{extension}\"";
        return TypedResults.File(render(map, workspace), contentType);
    }

    /// <summary>An ASCII file name from a title: accents dropped, anything else that is not a letter or digit becomes a dash.</summary>
    public static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "journey-map" : text.Length <= 80 ? text : text[..80].TrimEnd('-');
    }
}
