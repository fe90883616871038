using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Workspaces;

namespace JourneyStudio.Web.Maps;

/// <summary>Binds a request to its caller: who acts, in which workspace, against which catalogue of departments and personas.</summary>
public sealed class MapRequests(ICurrentActor caller, WorkspaceReader workspaces, MapWriter writer)
{
    public async Task<WorkspaceCatalog> WorkspaceAsync(CancellationToken ct) => (await workspaces.CurrentAsync(ct)).Catalog;

    public async Task<DecisionContext> ContextAsync(CancellationToken ct) =>
        new(caller.Actor, DateTimeOffset.UtcNow, await WorkspaceAsync(ct), Guid.NewGuid);

    public async Task<CommittedChange?> ApplyAsync(Guid mapId, IReadOnlyList<MapCommand> commands, CancellationToken ct) =>
        await writer.ApplyAsync(mapId, commands, caller.Actor, await WorkspaceAsync(ct), ct);
}
