using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using Marten;
using JasperFx;

namespace JourneyStudio.Web.Maps;

/// <summary>
/// The result of a committed change: the map's new version and the events, each with its version; <see cref="Before"/>
/// is the exact state the events were decided on, kept only when the caller asks (undo needs it).
/// </summary>
public sealed record CommittedChange(Guid MapId, int Version, IReadOnlyList<CommittedEvent> Events, JourneyMap Map, JourneyMap? Before = null);

/// <summary><see cref="Data"/> is typed object so that JSON carries the event's own fields, not only the interface's.</summary>
public sealed record CommittedEvent(int Version, string Type, object Data);

/// <summary>
/// Applies intents to a map: load the latest state, decide, append, save. When another writer commits in
/// between, Marten refuses the save and the intents are decided again on the newer state, so every intent
/// lands in server order and none is lost.
/// </summary>
public sealed class MapWriter(IDocumentStore store, MapGates gates, IEnumerable<IMapCommitListener> listeners, ILogger<MapWriter> log)
{
    private const int Attempts = 40;

    public Task<CommittedChange?> ApplyAsync(
        Guid mapId, IReadOnlyList<MapCommand> commands, Actor by, WorkspaceCatalog workspace, CancellationToken ct, bool keepBefore = false) =>
        ApplyAsync(mapId, _ => commands, by, workspace, ct, keepBefore);

    /// <param name="pick">
    /// Picks the commands against the map as it is inside this writer's turn, and again on every new attempt, so a
    /// precondition it checks (an undo's guards) holds on exactly the state the commands are decided on. It refuses
    /// by throwing, as deciding does.
    /// </param>
    public async Task<CommittedChange?> ApplyAsync(
        Guid mapId, Func<JourneyMap, IReadOnlyList<MapCommand>> pick, Actor by, WorkspaceCatalog workspace, CancellationToken ct, bool keepBefore = false)
    {
        using var turn = await gates.EnterAsync(mapId, ct);
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<JourneyMap>(mapId, ct);
            if (stream.Aggregate is not { } map || map.WorkspaceId != workspace.WorkspaceId) return null;

            var ctx = new DecisionContext(by, DateTimeOffset.UtcNow, workspace, Guid.NewGuid);
            var (events, after) = MapDecider.DecideAll(map, pick(map), ctx);
            if (events.Count == 0) return new CommittedChange(mapId, map.Version, [], map);

            // Marten evolves the fetched aggregate in place on save, so its version and state are read first.
            var first = map.Version + 1;
            var before = keepBefore ? map.Clone() : null;
            stream.AppendMany(events.Cast<object>().ToArray());
            session.Store(MapSummary.Of(after));
            try
            {
                await session.SaveChangesAsync(ct);
                var change = new CommittedChange(mapId, after.Version,
                    events.Select((e, i) => new CommittedEvent(first + i, EventNames.Of(e), e)).ToList(), after, before);
                await TellListenersAsync(change);
                return change;
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                log.LogDebug("Map {MapId} moved on while deciding (attempt {Attempt}); deciding again", mapId, attempt);
                await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(attempt, 10)), ct);
            }
        }
    }

    // Still inside the map's turn, so listeners hear this instance's changes in version order. The change is
    // already stored: a listener that fails costs a live update (canvases catch up from the store), never the edit.
    private async Task TellListenersAsync(CommittedChange change)
    {
        foreach (var listener in listeners)
        {
            try { await listener.CommittedAsync(change); }
            catch (Exception e) { log.LogWarning(e, "A listener missed version {Version} of map {MapId}", change.Version, change.MapId); }
        }
    }

    /// <summary>Starts a new map stream with its first events (creation plus any blueprint content).</summary>
    public async Task<CommittedChange> StartAsync(JourneyMap created, IReadOnlyList<IMapEvent> events, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Events.StartStream<JourneyMap>(created.Id, events.Cast<object>().ToArray());
        session.Store(MapSummary.Of(created));
        await session.SaveChangesAsync(ct);
        return new CommittedChange(created.Id, created.Version,
            events.Select((e, i) => new CommittedEvent(i + 1, EventNames.Of(e), e)).ToList(), created);
    }
}
