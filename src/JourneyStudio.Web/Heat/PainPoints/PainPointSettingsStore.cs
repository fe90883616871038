using JourneyStudio.Domain.Accounts;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Accounts.Audit;
using JourneyStudio.Web.Heat.ClosedLoop;
using Marten;

namespace JourneyStudio.Web.Heat.PainPoints;

/// <summary>The caller's workspace's pain-point settings: every member reads them, Admins change them (and the audit trail says so).</summary>
public sealed class PainPointSettingsStore(IDocumentStore store, ICurrentActor actor, AuditTrail audit)
{
    public async Task<PainPointSettings> GetAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ReadMaps, ct);
        await using var query = store.QuerySession();
        return await ClosedLoopChecker.SettingsAsync(query, caller.WorkspaceId, ct);
    }

    /// <summary>Checks every value first (a DomainRuleViolation names the field); nothing is stored unless all are valid.</summary>
    public async Task<PainPointSettings> SaveAsync(PainPointSettingsRequest request, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ManageWorkspace, ct);
        var document = request.ToDocument(caller.WorkspaceId);
        await using var session = store.LightweightSession();
        session.Store(document);
        await session.SaveChangesAsync(ct);
        await audit.RecordAsync(caller.WorkspaceId, caller.Actor.Name, "pain-point settings changed",
            $"before/after {document.BeforeDays}/{document.AfterDays} days, {document.MinimumSample} items a side, α {document.Alpha}; " +
            $"targets {document.OpenDays}/{document.AcknowledgedDays}/{document.InProgressDays}/{document.ResolvedDays} days", ct);
        return document;
    }
}
