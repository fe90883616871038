using Marten;

namespace JourneyStudio.Web.Accounts.Audit;

public sealed class AuditTrail(IDocumentStore store, IHttpContextAccessor http)
{
    public async Task RecordAsync(Guid? workspaceId, string who, string action, string detail, CancellationToken ct)
    {
        var from = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "in-app";
        await using var session = store.LightweightSession();
        session.Store(new AuditEntry(Guid.NewGuid(), workspaceId, DateTimeOffset.UtcNow, who, action, detail, from));
        await session.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The workspace's entries and the install-wide ones (sign-in attempts for emails with no account belong to no
    /// workspace): an admin must see someone guessing at addresses. One install serves one company.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(Guid workspaceId, int count, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<AuditEntry>().Where(e => e.WorkspaceId == workspaceId || e.WorkspaceId == null)
            .OrderByDescending(e => e.At).Take(count).ToListAsync(ct);
    }
}
