using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Accounts;
using Marten;

namespace JourneyStudio.Web.Workspaces;

public static class WorkspacesModule
{
    public static IServiceCollection AddWorkspaces(this IServiceCollection services) =>
        services.AddScoped<WorkspaceReader>();

    public static IEndpointRouteBuilder MapWorkspacesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/workspace", async (WorkspaceReader reader, CancellationToken ct) => TypedResults.Ok(await reader.CurrentAsync(ct)))
            .WithName("GetWorkspace").WithSummary("The caller's workspace: its departments and personas.").WithTags("Workspace");
        return app;
    }
}

public sealed class WorkspaceReader(IQuerySession session, ICurrentActor caller)
{
    public async Task<Workspace> CurrentAsync(CancellationToken ct) =>
        await session.LoadAsync<Workspace>(caller.WorkspaceId, ct)
        ?? throw new InvalidOperationException($"Workspace {caller.WorkspaceId} does not exist; the demo data has not been loaded.");
}
