using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Maps;
using Microsoft.AspNetCore.SignalR.Client;

namespace JourneyStudio.Web.Tests.Collaboration;

/// <summary>
/// A test's stand-in for an open canvas: it joins a map over a real hub connection, applies every broadcast
/// change to its own copy of the map in version order, and fills gaps the way the canvas does (CatchUp).
/// </summary>
public sealed class LiveClient(HubConnection connection, Guid mapId) : IAsyncDisposable
{
    public HubConnection Connection { get; } = connection;
    public ConcurrentQueue<int> Received { get; } = new();
    public JourneyMap Map { get; private set; } = default!;
    private readonly SemaphoreSlim turn = new(1, 1);

    public static async Task<LiveClient> JoinAsync(HubConnection connection, Guid mapId, HttpClient http)
    {
        var client = new LiveClient(connection, mapId);
        connection.On<JsonElement>("changed", m => client.OnChangedAsync(m));
        await client.JoinAsync(http);
        return client;
    }

    public async Task JoinAsync(HttpClient http)
    {
        await Connection.InvokeAsync<JsonElement>("Join", mapId);
        Map = (await http.GetFromJsonAsync<JourneyMap>($"/api/maps/{mapId}", JsonDefaults.Options))!;
    }

    public async Task<JsonElement> ApplyAsync(object commands) =>
        await Connection.InvokeAsync<JsonElement>("Apply", mapId, JsonSerializer.SerializeToElement(commands, JsonDefaults.Options));

    private async Task OnChangedAsync(JsonElement message)
    {
        await turn.WaitAsync();
        try
        {
            var version = message.GetProperty("version").GetInt32();
            Received.Enqueue(version);
            if (version <= Map.Version) return;
            var events = message.GetProperty("events").EnumerateArray().ToList();
            if (events[0].GetProperty("version").GetInt32() == Map.Version + 1) Apply(events);
            else await CatchUpAsync();
        }
        finally { turn.Release(); }
    }

    public async Task CatchUpAsync()
    {
        var result = await Connection.InvokeAsync<JsonElement>("CatchUp", mapId, Map.Version);
        Assert.False(result.GetProperty("reload").GetBoolean(), "a short gap is filled with events, not a reload");
        Apply(result.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("version").GetInt32() > Map.Version).ToList());
    }

    private void Apply(IEnumerable<JsonElement> events)
    {
        foreach (var e in events)
            Map.Evolve(MapEventCodec.Decode(e.GetProperty("type").GetString()!, e.GetProperty("data")));
    }

    /// <summary>Waits until this client's map reached <paramref name="version"/> (changes arrive asynchronously).</summary>
    public async Task ReachAsync(int version, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (Map.Version < version && DateTime.UtcNow < until) await Task.Delay(20);
        Assert.Equal(version, Map.Version);
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
