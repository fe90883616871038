using System.Text.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Web.Maps.Templates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JourneyStudio.Web.Maps;

public sealed record CreateMapRequest(string Title, MapState State = MapState.Current, Guid? PersonaId = null,
    string? Scenario = null, string? BrandPromise = null, string? TemplateKey = null);

public sealed record DuplicateMapRequest(string? Title = null);

public sealed record CommandResult(Guid MapId, int Version, IReadOnlyList<CommittedEvent> Events);

public static class MapsApi
{
    public static IEndpointRouteBuilder MapMapsApi(this IEndpointRouteBuilder app)
    {
        var maps = app.MapGroup("/api/maps").WithTags("Maps");
        maps.MapGet("/", ListMaps).WithName("ListMaps").WithSummary("Maps of the caller's workspace, newest change first; q searches titles and scenarios.");
        maps.MapPost("/", Create).WithName("CreateMap").WithSummary("Creates a blank map, or one from a template (templateKey).");
        maps.MapGet("/{id:guid}", Get).WithName("GetMap").WithSummary("The map now, or as it was at ?version=N.");
        maps.MapPost("/{id:guid}/commands", ApplyCommands).WithName("ApplyCommands")
            .WithSummary("Applies one command or a batch (all or nothing); answers the new version and the events.")
            .Accepts<JsonElement>("application/json");
        maps.MapGet("/{id:guid}/history", History).WithName("GetMapHistory").WithSummary("Who changed what and when, newest first, paged.");
        maps.MapPost("/{id:guid}/duplicate", Duplicate).WithName("DuplicateMap").WithSummary("Copies the map into a new one.");
        maps.MapDelete("/{id:guid}", Archive).WithName("ArchiveMap").WithSummary("Archives the map; it can be restored.");
        maps.MapPost("/{id:guid}/restore", Restore).WithName("RestoreMap").WithSummary("Brings an archived map back.");
        app.MapGet("/api/templates", Templates).WithTags("Maps").WithName("ListTemplates").WithSummary("Built-in templates for new maps.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<MapSummary>>> ListMaps(MapReader reader, string? q, bool? archived, CancellationToken ct) =>
        TypedResults.Ok(await reader.ListAsync(q, archived ?? false, ct));

    private static async Task<Created<JourneyMap>> Create(CreateMapRequest request, MapRequests requests, MapCreator creator, CancellationToken ct)
    {
        var ctx = await requests.ContextAsync(Permission.ManageMaps, ct);
        var command = new CreateMap(request.Title, request.State, request.PersonaId, request.Scenario, request.BrandPromise);
        var change = await creator.CreateAsync(command, request.TemplateKey, ctx, ct);
        return TypedResults.Created($"/api/maps/{change.MapId}", change.Map);
    }

    private static async Task<Results<Ok<JourneyMap>, NotFound>> Get(Guid id, int? version, MapReader reader, CancellationToken ct) =>
        await reader.GetAsync(id, version, ct) is { } map ? TypedResults.Ok(map) : TypedResults.NotFound();

    private static async Task<Results<Ok<CommandResult>, NotFound>> ApplyCommands(Guid id, JsonElement body, MapRequests requests, CancellationToken ct) =>
        await requests.ApplyAsync(id, CommandParser.Parse(body), ct) is { } change
            ? TypedResults.Ok(new CommandResult(change.MapId, change.Version, change.Events))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<HistoryPage>, NotFound, ValidationProblem>> History(
        Guid id, int? page, int? pageSize, MapReader reader, MapRequests requests, CancellationToken ct)
    {
        var (p, size) = (page ?? 1, pageSize ?? 50);
        if (p < 1) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["page starts at 1."] });
        if (size is < 1 or > 500) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pageSize"] = ["pageSize must be between 1 and 500."] });
        var ctx = await requests.ContextAsync(Permission.ReadMaps, ct);
        return await reader.HistoryAsync(id, p, size, ctx.Workspace, ct) is { } history ? TypedResults.Ok(history) : TypedResults.NotFound();
    }

    private static async Task<Results<Created<JourneyMap>, NotFound>> Duplicate(
        Guid id, DuplicateMapRequest? request, MapReader reader, MapRequests requests, MapCreator creator, CancellationToken ct)
    {
        var ctx = await requests.ContextAsync(Permission.ManageMaps, ct);
        if (await reader.GetAsync(id, null, ct) is not { } source) return TypedResults.NotFound();
        var change = await creator.DuplicateAsync(source, request?.Title, ctx, ct);
        return TypedResults.Created($"/api/maps/{change.MapId}", change.Map);
    }

    private static async Task<Results<Ok<CommandResult>, NotFound>> Archive(Guid id, MapRequests requests, CancellationToken ct) =>
        await ApplyOne(id, new ArchiveMap(), requests, ct);

    private static async Task<Results<Ok<CommandResult>, NotFound>> Restore(Guid id, MapRequests requests, CancellationToken ct) =>
        await ApplyOne(id, new RestoreMap(), requests, ct);

    private static async Task<Results<Ok<CommandResult>, NotFound>> ApplyOne(Guid id, MapCommand command, MapRequests requests, CancellationToken ct) =>
        await requests.ApplyAsync(id, [command], ct) is { } change
            ? TypedResults.Ok(new CommandResult(change.MapId, change.Version, change.Events))
            : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<MapTemplate>>> Templates(TemplateCatalog templates, CancellationToken ct) =>
        TypedResults.Ok(await templates.AllAsync(ct));
}
