using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Heat.Storage;
using Marten;

namespace JourneyStudio.Web.Heat.Accountability;

/// <summary>
/// The accountability matrix of the caller's workspace: every map not archived, every department, and the heat of
/// the touchpoints from the stored weekly tallies (one read). Readable by every member, executives included.
/// </summary>
public sealed class AccountabilityQueries(ICurrentActor actor, IQuerySession session, HeatRows rows, HeatQueries heat)
{
    public async Task<AccountabilityMatrix> MatrixAsync(string? window, CancellationToken ct)
    {
        var (caller, workspace) = await actor.RequireInWorkspaceAsync(Permission.ReadMaps, ct);
        var kind = (window ?? HeatQueries.Quarter).Trim().ToLowerInvariant();
        var span = kind is HeatQueries.Quarter or HeatQueries.LastFourWeeks
            ? heat.Window(kind, null, null)
            : throw new DomainRuleViolation("window", $"'{window}' is not a window of the matrix; use quarter or last4.");
        var maps = await session.Query<JourneyMap>().Where(m => m.WorkspaceId == caller.WorkspaceId && !m.Archived).ToListAsync(ct);
        var cells = await rows.TouchpointsAsync(maps.Select(m => m.Id).ToList(), span, ct);
        var settings = await heat.SettingsAsync(caller.WorkspaceId, ct);
        return AccountabilityMatrix.Build(maps, workspace.Departments, (mapId, cell) => cells.GetValueOrDefault((mapId, cell)), span, settings);
    }
}
