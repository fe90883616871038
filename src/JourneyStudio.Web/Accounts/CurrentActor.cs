using System.Security.Claims;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Shared;
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

    /// <summary>The member a signed-in principal stands for, read from their stored account now.</summary>
    public static async Task<Caller?> FindAsync(ClaimsPrincipal? user, IQuerySession session, CancellationToken ct)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
        if (!Guid.TryParse(user.FindFirstValue(WorkspaceClaim), out var workspaceId)) return null;
        var account = await session.LoadAsync<UserAccount>(userId, ct);
        var membership = account?.MembershipIn(workspaceId);
        return membership is null ? null : new Caller(new Actor(account!.Id, account.DisplayName), workspaceId, membership.Role);
    }

    private async Task<ClaimsPrincipal?> PrincipalAsync()
    {
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user) return user;
        if (services.GetService<AuthenticationStateProvider>() is not { } provider) return null;
        try { return (await provider.GetAuthenticationStateAsync()).User; }
        catch (InvalidOperationException) { return null; }
    }
}
