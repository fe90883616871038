using System.Security.Claims;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using Marten;
using Microsoft.AspNetCore.Components.Authorization;

namespace JourneyStudio.Web.Accounts;

/// <summary>Who is calling. Asked on every call, and answered from the stored account, not from the cookie alone.</summary>
public interface ICurrentActor
{
    /// <summary>The caller, if they may do <paramref name="permission"/>; otherwise <see cref="NotSignedIn"/> or <see cref="AccessDenied"/>.</summary>
    Task<Caller> RequireAsync(Permission permission, CancellationToken ct);

    /// <summary>The caller, or null when no one (or no current member) is signed in.</summary>
    Task<Caller?> FindAsync(CancellationToken ct);

    /// <summary>
    /// As <see cref="RequireAsync"/>, with the caller's workspace (its departments and personas) read in the same
    /// round trip: an edit needs both, and live co-editing feels every round trip.
    /// </summary>
    Task<(Caller Caller, WorkspaceCatalog Workspace)> RequireInWorkspaceAsync(Permission permission, CancellationToken ct);
}

/// <summary>
/// Reads the signed-in user from the request (API, pages) or the circuit (interactive components), then loads
/// their account so that a role change or a removal takes effect on the very next call.
/// </summary>
public sealed class SignedInActor(IHttpContextAccessor http, IServiceProvider services, IQuerySession session) : ICurrentActor
{
    public const string WorkspaceClaim = "journeystudio:workspace";

    public async Task<Caller> RequireAsync(Permission permission, CancellationToken ct)
    {
        var caller = await FindAsync(ct) ?? throw new NotSignedIn();
        return caller.Can(permission) ? caller : throw new AccessDenied(permission, caller.Role);
    }

    public async Task<Caller?> FindAsync(CancellationToken ct) => await FindAsync(await PrincipalAsync(), session, ct);

    public async Task<(Caller Caller, WorkspaceCatalog Workspace)> RequireInWorkspaceAsync(Permission permission, CancellationToken ct) =>
        Require(await FindInWorkspaceAsync(await PrincipalAsync(), session, ct), permission);

    /// <summary>The member a signed-in principal stands for, read from their stored account now.</summary>
    public static async Task<Caller?> FindAsync(ClaimsPrincipal? user, IQuerySession session, CancellationToken ct) =>
        Ids(user) is var (userId, workspaceId) ? CallerOf(await session.LoadAsync<UserAccount>(userId, ct), workspaceId) : null;

    /// <summary>The member and their workspace, both read now in one round trip.</summary>
    public static async Task<(Caller? Caller, WorkspaceCatalog? Workspace)> FindInWorkspaceAsync(ClaimsPrincipal? user, IQuerySession session, CancellationToken ct)
    {
        if (Ids(user) is not var (userId, workspaceId)) return (null, null);
        var batch = session.CreateBatchQuery();
        var account = batch.Load<UserAccount>(userId);
        var workspace = batch.Load<Workspace>(workspaceId);
        await batch.Execute(ct);
        return (CallerOf(await account, workspaceId), (await workspace)?.Catalog ?? new WorkspaceCatalog(workspaceId, [], []));
    }

    public static (Caller Caller, WorkspaceCatalog Workspace) Require((Caller? Caller, WorkspaceCatalog? Workspace) found, Permission permission) =>
        found switch
        {
            ({ } caller, { } workspace) when caller.Can(permission) => (caller, workspace),
            ({ } caller, _) => throw new AccessDenied(permission, caller.Role),
            _ => throw new NotSignedIn(),
        };

    private static (Guid UserId, Guid WorkspaceId)? Ids(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
        && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
        && Guid.TryParse(user.FindFirstValue(WorkspaceClaim), out var workspaceId)
            ? (userId, workspaceId)
            : null;

    private static Caller? CallerOf(UserAccount? account, Guid workspaceId) =>
        account?.MembershipIn(workspaceId) is { } membership ? new Caller(new Actor(account.Id, account.DisplayName), workspaceId, membership.Role) : null;

    private async Task<ClaimsPrincipal?> PrincipalAsync()
    {
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user) return user;
        if (services.GetService<AuthenticationStateProvider>() is not { } provider) return null;
        try { return (await provider.GetAuthenticationStateAsync()).User; }
        catch (InvalidOperationException) { return null; }
    }
}
