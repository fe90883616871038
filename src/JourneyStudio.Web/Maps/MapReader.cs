using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Maps.History;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Accounts;
using Marten;

namespace JourneyStudio.Web.Maps;

public sealed record HistoryEntry(int Version, DateTimeOffset At, string Actor, string Kind, string Summary);

/// <summary>What a canvas behind by a few versions needs: the events it missed, or the whole map when it missed many.</summary>
public sealed record MapCatchUp(int Version, IReadOnlyList<CommittedEvent> Events, JourneyMap? Snapshot);

public sealed record HistoryPage(int Total, int Page, int PageSize, IReadOnlyList<HistoryEntry> Entries);

/// <summary>Reads maps for the caller's workspace only: a map of another workspace reads as missing.</summary>
public sealed class MapReader(IQuerySession session, ICurrentActor caller)
{
    public async Task<IReadOnlyList<MapSummary>> ListAsync(string? search, bool archived, CancellationToken ct)
    {
        var workspaceId = (await caller.RequireAsync(Permission.ReadMaps, ct)).WorkspaceId;
        var query = session.Query<MapSummary>().Where(m => m.WorkspaceId == workspaceId && m.Archived == archived);
        var maps = await query.OrderByDescending(m => m.UpdatedAt).ToListAsync(ct);
        var words = (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return maps.Where(m => words.All(w => m.Title.Contains(w, StringComparison.OrdinalIgnoreCase)
                                            || m.Scenario.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    public async Task<JourneyMap?> GetAsync(Guid id, int? version, CancellationToken ct)
    {
        var workspaceId = (await caller.RequireAsync(Permission.ReadMaps, ct)).WorkspaceId;
        var latest = await MapSnapshots.LatestAsync(session, id, ct);
        if (latest is null || latest.WorkspaceId != workspaceId) return null;
        if (version is not { } v || v >= latest.Version) return latest;
        if (v < 1) return null;
        var events = await session.Events.FetchStreamAsync(id, v, token: ct);
        return JourneyMap.Fold(events.Select(e => (IMapEvent)e.Data));
    }

    /// <summary>Past this many missed events a canvas takes the current map instead of replaying them.</summary>
    public const int CatchUpLimit = 200;

    public async Task<MapCatchUp?> CatchUpAsync(Guid id, int afterVersion, CancellationToken ct)
    {
        var workspaceId = (await caller.RequireAsync(Permission.ReadMaps, ct)).WorkspaceId;
        var state = await session.Events.FetchStreamStateAsync(id, ct);
        if (state is null || !await InWorkspaceAsync(id, workspaceId, ct)) return null;
        if (afterVersion < 0 || state.Version - afterVersion > CatchUpLimit)
        {
            var latest = await MapSnapshots.LatestAsync(session, id, ct);
            return latest is null ? null : new MapCatchUp(latest.Version, [], latest);
        }
        var events = await session.Events.FetchStreamAsync(id, fromVersion: afterVersion + 1, token: ct);
        return new MapCatchUp((int)state.Version,
            events.Select(e => new CommittedEvent((int)e.Version, EventNames.Of((IMapEvent)e.Data), e.Data)).ToList(), null);
    }

    /// <summary>The map's current version, or null when it is not a map of the caller's workspace.</summary>
    public async Task<int?> VersionAsync(Guid id, CancellationToken ct)
    {
        var workspaceId = (await caller.RequireAsync(Permission.ReadMaps, ct)).WorkspaceId;
        if (!await InWorkspaceAsync(id, workspaceId, ct)) return null;
        return (await session.Events.FetchStreamStateAsync(id, ct)) is { } state ? (int)state.Version : null;
    }

    private async Task<bool> InWorkspaceAsync(Guid id, Guid workspaceId, CancellationToken ct) =>
        await session.Query<MapSummary>().AnyAsync(m => m.Id == id && m.WorkspaceId == workspaceId, ct);

    public async Task<HistoryPage?> HistoryAsync(Guid id, int page, int pageSize, WorkspaceCatalog workspace, CancellationToken ct)
    {
        var workspaceId = (await caller.RequireAsync(Permission.ReadMaps, ct)).WorkspaceId;
        var latest = await session.LoadAsync<JourneyMap>(id, ct);
        if (latest is null || latest.WorkspaceId != workspaceId) return null;
        var events = await session.Events.FetchStreamAsync(id, token: ct);

        // Newest first; each entry is described against the map as it stood just before that event.
        var newestVersion = events.Count - (page - 1) * pageSize;
        var oldestVersion = Math.Max(1, newestVersion - pageSize + 1);
        var entries = new List<HistoryEntry>();
        JourneyMap? state = null;
        foreach (var e in events.Where(e => e.Version <= newestVersion))
        {
            var data = (IMapEvent)e.Data;
            if (e.Version >= oldestVersion)
                entries.Add(new HistoryEntry((int)e.Version, data.At, data.By.Name, EventNames.Of(data), EventDescriber.Describe(data, state, workspace)));
            state = state is null ? JourneyMap.Start((MapCreated)data) : state.Evolve(data);
        }
        entries.Reverse();
        return new HistoryPage(events.Count, page, pageSize, entries);
    }
}
