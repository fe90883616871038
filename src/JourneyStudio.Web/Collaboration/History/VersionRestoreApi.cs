using Microsoft.AspNetCore.Http.HttpResults;
using JourneyStudio.Web.Maps;

namespace JourneyStudio.Web.Collaboration;

public static class VersionRestoreApi
{
    public static IEndpointRouteBuilder MapVersionRestoreApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/maps/{id:guid}/versions/{version:int}/restore", Restore).WithTags("Maps").WithName("RestoreVersion")
            .WithSummary("Sets the map back to how it was at that version, as one new change; the history keeps every version.");
        return app;
    }

    private static async Task<Results<Ok<CommandResult>, NotFound>> Restore(Guid id, int version, VersionRestorer restorer, CancellationToken ct) =>
        await restorer.RestoreAsync(id, version, ct) is { } change
            ? TypedResults.Ok(new CommandResult(change.MapId, change.Version, change.Events))
            : TypedResults.NotFound();
}
