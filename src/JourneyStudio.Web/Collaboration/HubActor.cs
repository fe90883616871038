using System.Security.Claims;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Accounts;
using Marten;

namespace JourneyStudio.Web.Collaboration;

/// <summary>The caller of a hub method, read from the connection's user and their stored account on each call.</summary>
public sealed class HubActor(ClaimsPrincipal? user, IQuerySession session) : ICurrentActor
{
    public async Task<Caller> RequireAsync(Permission permission, CancellationToken ct)
    {
        var caller = await FindAsync(ct) ?? throw new NotSignedIn();
        return caller.Can(permission) ? caller : throw new AccessDenied(permission, caller.Role);
    }

    public Task<Caller?> FindAsync(CancellationToken ct) => SignedInActor.FindAsync(user, session, ct);

    public async Task<(Caller Caller, WorkspaceCatalog Workspace)> RequireInWorkspaceAsync(Permission permission, CancellationToken ct) =>
        SignedInActor.Require(await SignedInActor.FindInWorkspaceAsync(user, session, ct), permission);
}
