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
/// Applies intents to a map: decide on its latest state, append the events with the stream's expected version,
/// tell the live broadcast, then rewrite the map's snapshot and tell everyone else. When another writer (another
/// instance) committed in between, PostgreSQL refuses the append and the intents are decided again on the newer
/// state, so every intent lands in server order and none is lost. The latest state comes from
/// <see cref="LatestMaps"/> when this instance wrote the map last, which spares each edit reading the map back, and
/// the snapshot is rewritten after the broadcast because rewriting a large map is the slowest part of an edit.
/// The caller hears back only once the snapshot is stored, so what it reads next includes its own edit.
/// </summary>
public sealed class MapWriter(
    IDocumentStore store, MapGates gates, LatestMaps latest, IEnumerable<IMapCommitListener> listeners, TimeProvider clock, ILogger<MapWriter> log)
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
            var map = latest.Find(mapId) ?? await LoadAsync(mapId, ct);
            if (map is null || map.WorkspaceId != workspace.WorkspaceId) return null;

            // Deciding works on a copy, so the remembered state stays as committed whatever happens next.
            var ctx = new DecisionContext(by, clock.GetUtcNow(), workspace, Guid.NewGuid);
            var (events, after) = MapDecider.DecideAll(map, pick(map), ctx);
            if (events.Count == 0) return new CommittedChange(mapId, map.Version, [], map.Clone());

            await using (var session = store.LightweightSession())
            {
                session.Events.Append(mapId, after.Version, events.Cast<object>().ToArray());
                session.Store(MapSummary.Of(after));
                try
                {
                    await session.SaveChangesAsync(ct);
                }
                catch (ConcurrencyException) when (attempt < Attempts)
                {
                    latest.Forget(mapId);
                    log.LogDebug("Map {MapId} moved on while deciding (attempt {Attempt}); deciding again", mapId, attempt);
                    await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(attempt, 10)), ct);
                    continue;
                }
                catch
                {
                    // Whether it landed is unknown (a dropped connection mid-commit): read it back next time.
                    latest.Forget(mapId);
                    throw;
                }
            }
            latest.Remember(after);
            // Callers get their own copy: a canvas adopts it and evolves it in place as others' edits arrive.
            var change = new CommittedChange(mapId, after.Version,
                events.Select((e, i) => new CommittedEvent(map.Version + 1 + i, EventNames.Of(e), e)).ToList(), after.Clone(), keepBefore ? map : null);
            await TellListenersAsync(change, early: true);
            await RewriteSnapshotAsync(after);
            await TellListenersAsync(change, early: false);
            return change;
        }
    }

    private async Task<JourneyMap?> LoadAsync(Guid mapId, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        return await MapSnapshots.LatestAsync(query, mapId, ct);
    }

    // Not cancelled with the request: the edit is already committed. A failure leaves the snapshot trailing, which
    // readers make up for (MapSnapshots.LatestAsync) and the next edit or start-up repairs.
    private async Task RewriteSnapshotAsync(JourneyMap map)
    {
        try
        {
            await using var session = store.LightweightSession();
            MapSnapshots.QueueRewrite(session, map);
            await session.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "The snapshot of map {MapId} stays behind version {Version} until its next edit", map.Id, map.Version);
        }
    }

    // Still inside the map's turn, so listeners hear this instance's changes in version order. The change is
    // already stored: a listener that fails costs a live update (canvases catch up from the store), never the edit.
    private async Task TellListenersAsync(CommittedChange change, bool early)
    {
        foreach (var listener in listeners.Where(l => l.Early == early))
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
        session.Store(created);
        session.Store(MapSummary.Of(created));
        await session.SaveChangesAsync(ct);
        var change = new CommittedChange(created.Id, created.Version,
            events.Select((e, i) => new CommittedEvent(i + 1, EventNames.Of(e), e)).ToList(), created.Clone());
        await TellListenersAsync(change, early: false);
        return change;
    }
}
