namespace JourneyStudio.Web.Sharing;

/// <summary>A read-only link to one map for people without an account. Only the token's hash is stored.</summary>
public sealed record ShareLink(Guid Id, string TokenHash, Guid MapId, Guid WorkspaceId, string CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt = null)
{
    public bool IsUsable(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

public sealed record ShareLinkView(Guid Id, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, bool Usable);

public sealed record CreatedShareLink(Guid Id, string Url, DateTimeOffset? ExpiresAt);
