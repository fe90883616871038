using JourneyStudio.Domain.Accounts;
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
    public async Task<Workspace> CurrentAsync(CancellationToken ct)
    {
        var workspaceId = (await caller.RequireAsync(Permission.ReadMaps, ct)).WorkspaceId;
        return await session.LoadAsync<Workspace>(workspaceId, ct)
            ?? throw new InvalidOperationException($"Workspace {workspaceId} does not exist.");
    }
}
