using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JourneyStudio.Web.Sharing;

public sealed record CreateShareLinkRequest(int? ExpiresInDays = 30);

public static class SharingModule
{
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.ConfigureMarten(options => options.Schema.For<ShareLink>().UniqueIndex(l => l.TokenHash).Index(l => l.MapId));
        services.AddScoped<ShareLinks>();
        return services;
    }

    public static IEndpointRouteBuilder MapSharingApi(this IEndpointRouteBuilder app)
    {
        var links = app.MapGroup("/api/maps/{id:guid}/share-links").WithTags("Sharing");
        links.MapPost("/", Create).WithName("CreateShareLink").WithSummary("Makes a read-only link to the map (1–365 days, or null for none); the URL is shown once.");
        links.MapGet("/", List).WithName("ListShareLinks").WithSummary("The map's share links, usable or not.");
        links.MapDelete("/{linkId:guid}", Revoke).WithName("RevokeShareLink").WithSummary("Stops a share link from working.");
        return app;
    }

    private static async Task<Results<Created<CreatedShareLink>, NotFound>> Create(Guid id, CreateShareLinkRequest? request, ShareLinks links, HttpContext http, CancellationToken ct)
    {
        if (await links.CreateAsync(id, request is null ? 30 : request.ExpiresInDays, ct) is not { } created) return TypedResults.NotFound();
        var url = $"{http.Request.Scheme}://{http.Request.Host}/share/{created.Token}";
        return TypedResults.Created($"/api/maps/{id}/share-links/{created.Link.Id}", new CreatedShareLink(created.Link.Id, url, created.Link.ExpiresAt));
    }

    private static async Task<Ok<IReadOnlyList<ShareLinkView>>> List(Guid id, ShareLinks links, CancellationToken ct) =>
        TypedResults.Ok((await links.ListAsync(id, ct))!);

    private static async Task<Results<NoContent, NotFound>> Revoke(Guid id, Guid linkId, ShareLinks links, CancellationToken ct) =>
        await links.RevokeAsync(id, linkId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
