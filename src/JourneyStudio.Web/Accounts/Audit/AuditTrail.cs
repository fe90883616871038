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

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(Guid workspaceId, int count, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<AuditEntry>().Where(e => e.WorkspaceId == workspaceId)
            .OrderByDescending(e => e.At).Take(count).ToListAsync(ct);
    }
}
