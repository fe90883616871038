using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Maps;

namespace JourneyStudio.Web.Collaboration;

/// <summary>Restores a map to an earlier version by writing one new event; the versions in between stay in the history.</summary>
public sealed class VersionRestorer(MapReader reader, MapRequests requests)
{
    public async Task<CommittedChange?> RestoreAsync(Guid mapId, int version, CancellationToken ct)
    {
        if (version < 1) throw new DomainRuleViolation("version", "Versions start at 1.");
        if (await reader.GetAsync(mapId, version, ct) is not { } past) return null;
        if (past.Version != version)
            throw new DomainRuleViolation("version", $"Version {version} is not an earlier version of this map (it is at version {past.Version}).");
        return await requests.ApplyAsync(mapId, [new RestoreVersion(version, past.Content())], ct);
    }
}
