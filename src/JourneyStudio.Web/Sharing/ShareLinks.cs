using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Accounts.Audit;
using JourneyStudio.Web.Maps;
using Marten;

namespace JourneyStudio.Web.Sharing;

/// <summary>Creating, listing and revoking share links takes a facilitator of the map's workspace; opening one takes only the token.</summary>
public sealed class ShareLinks(IDocumentStore store, ICurrentActor actor, AuditTrail audit)
{
    public const int MaxDays = 365;

    public async Task<(ShareLink Link, string Token)?> CreateAsync(Guid mapId, int? expiresInDays, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ManageMaps, ct);
        if (expiresInDays is { } days && (days < 1 || days > MaxDays))
            throw new DomainRuleViolation("expiresInDays", $"A link lasts between 1 and {MaxDays} days; got {days}.");
        await using var session = store.LightweightSession();
        var map = await MapSnapshots.LatestAsync(session, mapId, ct);
        if (map is null || map.WorkspaceId != caller.WorkspaceId) return null;
        var token = SecretToken.New();
        var now = DateTimeOffset.UtcNow;
        var link = new ShareLink(Guid.NewGuid(), SecretToken.Hash(token), mapId, caller.WorkspaceId, caller.Actor.Name, now,
            expiresInDays is { } d ? now.AddDays(d) : null);
        session.Store(link);
        await session.SaveChangesAsync(ct);
        await audit.RecordAsync(caller.WorkspaceId, caller.Actor.Name, "share link created",
            $"'{map.Title}', {(link.ExpiresAt is { } e ? $"until {e:yyyy-MM-dd}" : "no expiry")}", ct);
        return (link, token);
    }

    public async Task<IReadOnlyList<ShareLinkView>?> ListAsync(Guid mapId, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ManageMaps, ct);
        await using var session = store.QuerySession();
        var links = await session.Query<ShareLink>().Where(l => l.MapId == mapId && l.WorkspaceId == caller.WorkspaceId).ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return links.OrderByDescending(l => l.CreatedAt)
            .Select(l => new ShareLinkView(l.Id, l.CreatedBy, l.CreatedAt, l.ExpiresAt, l.RevokedAt, l.IsUsable(now))).ToList();
    }

    public async Task<bool> RevokeAsync(Guid mapId, Guid linkId, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ManageMaps, ct);
        await using var session = store.LightweightSession();
        var link = await session.LoadAsync<ShareLink>(linkId, ct);
        if (link is null || link.MapId != mapId || link.WorkspaceId != caller.WorkspaceId) return false;
        if (link.RevokedAt is not null) return true;
        session.Store(link with { RevokedAt = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync(ct);
        await audit.RecordAsync(caller.WorkspaceId, caller.Actor.Name, "share link revoked", $"link {linkId} of map {mapId}", ct);
        return true;
    }

    /// <summary>The map behind a usable token, or null for an unknown, expired or revoked one. Each use is audited.</summary>
    public async Task<JourneyMap?> OpenAsync(string token, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var hash = SecretToken.Hash(token);
        var link = await session.Query<ShareLink>().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null) return null;
        if (!link.IsUsable(DateTimeOffset.UtcNow))
        {
            await audit.RecordAsync(link.WorkspaceId, "anonymous", "share link refused", link.RevokedAt is null ? "expired" : "revoked", ct);
            return null;
        }
        var map = await MapSnapshots.LatestAsync(session, link.MapId, ct);
        if (map is null || map.Archived) return null;
        await audit.RecordAsync(link.WorkspaceId, "anonymous", "share link used", $"'{map.Title}' via link {link.Id}", ct);
        return map;
    }
}
