using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Web.Accounts;

/// <summary>A signed-in member acting in one workspace, with the role they hold there right now.</summary>
public sealed record Caller(Actor Actor, Guid WorkspaceId, WorkspaceRole Role)
{
    public bool Can(Permission permission) => Role.Allows(permission);
}

/// <summary>No one is signed in (HTTP 401).</summary>
public sealed class NotSignedIn() : Exception("Sign in first.");

/// <summary>Signed in, but the role does not allow this (HTTP 403).</summary>
public sealed class AccessDenied(Permission permission, WorkspaceRole role)
    : Exception($"Your role ({role}) does not allow this; it needs {Permissions.LeastRoleFor(permission)} or above.");
