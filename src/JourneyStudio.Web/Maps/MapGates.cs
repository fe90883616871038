using System.Collections.Concurrent;

namespace JourneyStudio.Web.Maps;

/// <summary>
/// One gate per map inside this app instance. Writers to the same map take turns here instead of racing to
/// PostgreSQL and retrying; writers on other instances are still caught by Marten's version check.
/// </summary>
public sealed class MapGates
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> gates = new();

    public async Task<IDisposable> EnterAsync(Guid mapId, CancellationToken ct)
    {
        var gate = gates.GetOrAdd(mapId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}
