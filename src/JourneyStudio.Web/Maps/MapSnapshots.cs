using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Events;
using Marten;

namespace JourneyStudio.Web.Maps;

/// <summary>
/// Each map's snapshot document, the state most readers load. <see cref="MapWriter"/> rewrites it just after an
/// edit's events are committed (the events are the truth) and broadcast, so a snapshot can trail its stream for a
/// moment — exactly when an open canvas, woken by that broadcast, reloads what it shows — or for longer when the
/// process stopped in between. A reader of one map therefore loads it with <see cref="LatestAsync"/>, which folds
/// in what the snapshot is missing.
/// </summary>
public static class MapSnapshots
{
    /// <summary>The map as of its last event: the snapshot plus any events stored after it.</summary>
    public static async Task<JourneyMap?> LatestAsync(IQuerySession session, Guid mapId, CancellationToken ct)
    {
        var map = await session.LoadAsync<JourneyMap>(mapId, ct);
        if (map is null) return null;
        var tail = await session.Events.FetchStreamAsync(mapId, fromVersion: map.Version + 1, token: ct);
        foreach (var e in tail) map.Evolve((IMapEvent)e.Data);
        return map;
    }

    /// <summary>
    /// Rewrites the snapshot unless the stored one is already as new: writers on two instances may finish in either
    /// order, and a snapshot must never go back.
    /// </summary>
    public static void QueueRewrite(IDocumentSession session, JourneyMap map)
    {
        var json = session.DocumentStore.Options.Serializer().ToJson(map);
        session.QueueSqlCommand(
            $"update {session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_journeymap set data = ?::jsonb, mt_last_modified = now() "
            + "where id = ? and (data ->> 'version')::int < ?",
            json, map.Id, map.Version);
    }

    /// <summary>Brings every snapshot that trails its stream up to date (after a stop between an edit and its rewrite).</summary>
    public static async Task<int> RepairAsync(IDocumentStore store, CancellationToken ct)
    {
        var schema = store.Options.DatabaseSchemaName;
        List<Guid> behind;
        await using (var query = store.QuerySession())
            behind = (await query.AdvancedSql.QueryAsync<Guid>(
                $"select s.id from {schema}.mt_streams s join {schema}.mt_doc_journeymap d on d.id = s.id where s.version > (d.data ->> 'version')::int",
                ct)).ToList();
        foreach (var mapId in behind)
        {
            await using var session = store.LightweightSession();
            if (await LatestAsync(session, mapId, ct) is not { } map) continue;
            QueueRewrite(session, map);
            await session.SaveChangesAsync(ct);
        }
        return behind.Count;
    }
}
