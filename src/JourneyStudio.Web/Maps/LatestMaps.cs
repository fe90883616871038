using JourneyStudio.Domain.Maps;
using Microsoft.Extensions.Caching.Memory;

namespace JourneyStudio.Web.Maps;

/// <summary>
/// The last state this instance committed for each map it has written lately, so the next edit is decided without
/// reading the map back. Only <see cref="MapWriter"/> uses it, inside the map's turn; a state made stale by another
/// instance's write is caught by the stream's expected version on append, and then forgotten.
/// </summary>
public sealed class LatestMaps : IDisposable
{
    private readonly MemoryCache maps = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public JourneyMap? Find(Guid mapId) => maps.TryGetValue(mapId, out JourneyMap? map) ? map : null;

    public void Remember(JourneyMap map) =>
        maps.Set(map.Id, map, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });

    public void Forget(Guid mapId) => maps.Remove(mapId);

    public void Dispose() => maps.Dispose();
}
