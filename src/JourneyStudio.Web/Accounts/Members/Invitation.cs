using JourneyStudio.Domain.Accounts;

namespace JourneyStudio.Web.Accounts.Members;

/// <summary>A one-use link that lets a new person join a workspace with a given role.</summary>
public sealed record Invitation(Guid Id, string TokenHash, Guid WorkspaceId, WorkspaceRole Role, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt = null, string? AcceptedBy = null)
{
    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && ExpiresAt > now;
}
