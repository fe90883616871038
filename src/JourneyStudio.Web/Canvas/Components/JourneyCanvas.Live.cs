using System.Text.Json;
using JourneyStudio.Web.Maps;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JourneyStudio.Web.Canvas.Components;

/// <summary>
/// The canvas's side of live co-editing: others' changes arrive through the hub (live.js) and are applied in
/// version order; a gap, a reconnect or a long absence is filled from the event store.
/// </summary>
public sealed partial class JourneyCanvas
{
    /// <summary>On for the latest version of a map; a past version is a still picture.</summary>
    [Parameter] public bool Live { get; set; }

    private readonly SemaphoreSlim remoteTurn = new(1, 1);
    private IJSObjectReference? liveModule, live;

    private async Task ConnectLiveAsync()
    {
        if (!Live || canvas is null) return;
        liveModule = await JS.InvokeAsync<IJSObjectReference>("import", "/shared/js/live.js");
        live = await liveModule.InvokeAsync<IJSObjectReference>("connect", root, self, canvas, map.Id.ToString());
    }

    /// <summary>One committed change, as broadcast: applied at once when it is the next version, otherwise caught up.</summary>
    [JSInvokable]
    public async Task RemoteChanged(int version, string eventsJson)
    {
        await remoteTurn.WaitAsync();
        try
        {
            if (version <= map.Version) return;
            var events = JsonSerializer.Deserialize<List<JsonElement>>(eventsJson) ?? [];
            var first = events.Count > 0 ? events[0].GetProperty("version").GetInt32() : 0;
            if (first == map.Version + 1 && first + events.Count - 1 == version)
            {
                // Decoded in full before the map is touched, so a bad message can't leave it half-changed.
                var decoded = events.Select(e => MapEventCodec.Decode(e.GetProperty("type").GetString()!, e.GetProperty("data"))).ToList();
                foreach (var e in decoded) map.Evolve(e);
                Adopt(map);
            }
            else await CatchUpAsync();
            await OnMapChanged.InvokeAsync(map);
            StateHasChanged();
        }
        finally { remoteTurn.Release(); }
    }

    /// <summary>New feedback changed this map's heat (an import landed): heat mode, when on, reads its figures again.</summary>
    [JSInvokable]
    public Task HeatChanged() => heat.RefreshAsync(map);

    /// <summary>After joining or re-joining: the map's version on the server; anything missed meanwhile is fetched.</summary>
    [JSInvokable]
    public async Task Resync(int version)
    {
        await remoteTurn.WaitAsync();
        try
        {
            if (version <= map.Version) return;
            await CatchUpAsync();
            await OnMapChanged.InvokeAsync(map);
            StateHasChanged();
        }
        finally { remoteTurn.Release(); }
    }

    private async Task CatchUpAsync()
    {
        if (await Reader.CatchUpAsync(map.Id, map.Version, CancellationToken.None) is not { } catchUp) return;
        if (catchUp.Snapshot is { } latest)
        {
            Adopt(latest);
            return;
        }
        var caughtUp = map.Clone();
        foreach (var e in catchUp.Events.Where(e => e.Version > caughtUp.Version))
            caughtUp.Evolve((Domain.Maps.Events.IMapEvent)e.Data);
        Adopt(caughtUp);
    }

    private async Task ShareLocalAsync()
    {
        if (live is null) return;
        var selected = selection.Cards.Select(id => id.ToString()).ToArray();
        var editingCard = editing is { Target: EditTarget.CardText } e ? e.Id.ToString() : null;
        // Remote marks are redrawn after every render (cards may have moved); the hub hears only real changes.
        try { await live.InvokeVoidAsync("setLocal", selected, editingCard); }
        catch (JSDisconnectedException)
        {
            // The tab closed between the render and this call; there is no one left to tell.
        }
    }

    private async Task DisconnectLiveAsync()
    {
        if (live is not null)
        {
            await live.InvokeVoidAsync("dispose");
            await live.DisposeAsync();
        }
        if (liveModule is not null) await liveModule.DisposeAsync();
    }
}
