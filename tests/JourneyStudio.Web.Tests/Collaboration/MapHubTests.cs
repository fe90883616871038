using System.Net.Http.Json;
using System.Text.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Testing;
using JourneyStudio.Web.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace JourneyStudio.Web.Tests.Collaboration;

public class MapHubTests(LiveApp app) : IClassFixture<LiveApp>
{
    private async Task<JourneyMap> NewMapAsync(HttpClient http, string title)
    {
        var response = await http.PostAsJsonAsync("/api/maps", new { title });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JourneyMap>(JsonDefaults.Options))!;
    }

    private static object AddCard(JourneyMap map, string text, Guid? id = null) => new
    {
        type = "AddCard", stageId = map.OrderedStages.First().Id, laneId = map.OrderedLanes.First().Id, text, cardId = id ?? Guid.NewGuid(),
    };

    private static string Canonical(JourneyMap map) => JsonSerializer.Serialize(map, JsonDefaults.Options);

    private async Task<JourneyMap> ServerMapAsync(HttpClient http, Guid id) =>
        (await http.GetFromJsonAsync<JourneyMap>($"/api/maps/{id}", JsonDefaults.Options))!;

    [Fact]
    public async Task Every_joined_client_receives_each_change_once_in_version_order()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Ordering");
        var author = await LiveClient.JoinAsync(await app.ConnectAsync(WorkspaceRole.Editor), map.Id, http);
        var watchers = new List<LiveClient>();
        for (var i = 0; i < 3; i++) watchers.Add(await LiveClient.JoinAsync(await app.ConnectAsync(WorkspaceRole.Viewer), map.Id, http));

        for (var i = 0; i < 25; i++) await author.ApplyAsync(AddCard(map, $"card {i}"));

        var final = map.Version + 25;
        foreach (var watcher in watchers)
        {
            await watcher.ReachAsync(final);
            Assert.Equal(Enumerable.Range(map.Version + 1, 25), watcher.Received);
        }
        var server = await ServerMapAsync(http, map.Id);
        Assert.All(watchers, w => Assert.Equal(Canonical(server), Canonical(w.Map)));
    }

    [Fact]
    public async Task A_client_that_missed_changes_catches_up_from_the_event_store()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Gap");
        var late = await LiveClient.JoinAsync(await app.ConnectAsync(WorkspaceRole.Editor), map.Id, http);
        await late.Connection.InvokeAsync("Leave", map.Id); // stops hearing changes, as a dropped link would

        var other = await app.ConnectAsync(WorkspaceRole.Editor);
        await other.InvokeAsync<JsonElement>("Join", map.Id);
        for (var i = 0; i < 6; i++)
            await other.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(AddCard(map, $"while away {i}")));

        Assert.Empty(late.Received);
        await late.CatchUpAsync();
        Assert.Equal(Canonical(await ServerMapAsync(http, map.Id)), Canonical(late.Map));

        // Back in the group, the next change is the next version: it applies directly.
        await late.Connection.InvokeAsync<JsonElement>("Join", map.Id);
        await other.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(AddCard(map, "after")));
        await late.ReachAsync(map.Version + 7);
    }

    [Fact]
    public async Task A_long_absence_is_answered_with_a_reload_instead_of_hundreds_of_events()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Long absence");
        var editor = await app.ConnectAsync(WorkspaceRole.Editor);
        var batch = Enumerable.Range(0, 250).Select(i => AddCard(map, $"bulk {i}")).ToArray();
        await editor.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(batch));

        var result = await editor.InvokeAsync<JsonElement>("CatchUp", map.Id, map.Version);
        Assert.True(result.GetProperty("reload").GetBoolean());
        Assert.Equal(map.Version + 250, result.GetProperty("version").GetInt32());
        Assert.Empty(result.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task An_edit_acknowledged_before_the_connection_is_cut_is_never_lost_and_clients_converge()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Cut mid-edit");
        var watcher = await LiveClient.JoinAsync(await app.ConnectAsync(WorkspaceRole.Viewer), map.Id, http);
        var editor = await app.ConnectAsync(WorkspaceRole.Editor);
        await editor.InvokeAsync<JsonElement>("Join", map.Id);

        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        var sends = Enumerable.Range(0, 30).Select(async i =>
        {
            var text = $"edit {i}";
            try
            {
                await editor.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(AddCard(map, text)));
                acknowledged.Add(text);
            }
            catch (Exception e) when (e is HubException or InvalidOperationException or TaskCanceledException or OperationCanceledException)
            {
                // Cut before the answer: the edit may or may not have landed, and the client knows it was not confirmed.
            }
        }).ToList();
        await Task.Delay(30);
        await editor.DisposeAsync(); // the link drops while edits are in flight
        await Task.WhenAll(sends);

        // The editor comes back on a new connection and finds every confirmed edit.
        await using var back = await app.ConnectAsync(WorkspaceRole.Editor);
        var server = await ServerMapAsync(http, map.Id);
        var texts = server.Cards.Select(c => c.Text).ToHashSet();
        Assert.All(acknowledged, t => Assert.Contains(t, texts));
        await watcher.ReachAsync(server.Version);
        Assert.Equal(Canonical(server), Canonical(watcher.Map));
    }

    [Fact]
    public async Task Twenty_concurrent_editors_converge_on_the_same_map()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Twenty editors");
        var editors = new List<LiveClient>();
        for (var i = 0; i < 20; i++) editors.Add(await LiveClient.JoinAsync(await app.ConnectAsync(WorkspaceRole.Editor), map.Id, http));
        var shared = Guid.NewGuid();
        await editors[0].ApplyAsync(AddCard(map, "everyone edits this", shared));

        await Task.WhenAll(editors.Select((e, n) => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await e.ApplyAsync(AddCard(map, $"editor {n} card {i}"));
                await e.ApplyAsync(new { type = "EditCardText", cardId = shared, text = $"editor {n} was here ({i})" });
            }
        })));

        var server = await ServerMapAsync(http, map.Id);
        Assert.Equal(1 + 20 * 5, server.Cards.Count);
        foreach (var e in editors)
        {
            await e.ReachAsync(server.Version);
            Assert.Equal(Canonical(server), Canonical(e.Map));
        }
    }

    [Fact]
    public async Task A_viewer_watches_live_but_an_edit_over_the_hub_is_refused_with_the_reason()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Viewer");
        var viewer = await LiveClient.JoinAsync(await app.ConnectAsync(WorkspaceRole.Viewer), map.Id, http);

        var refused = await Assert.ThrowsAsync<HubException>(() => viewer.ApplyAsync(AddCard(map, "not allowed")));
        Assert.Contains("does not allow", refused.Message);
        Assert.Equal(map.Version, (await ServerMapAsync(http, map.Id)).Version);
    }

    [Fact]
    public async Task Malformed_commands_get_an_error_naming_the_field_and_leave_the_map_unharmed()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Malformed");
        await using var editor = await app.ConnectAsync(WorkspaceRole.Editor);

        var unknown = await Assert.ThrowsAsync<HubException>(() =>
            editor.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(new { type = "DropTable" })));
        Assert.Contains("type", unknown.Message);
        var badField = await Assert.ThrowsAsync<HubException>(() =>
            editor.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(new[] { AddCard(map, "fine"), new { type = "AddCard", stageId = "x" } })));
        Assert.Contains("commands[1]", badField.Message);
        var notAMap = await Assert.ThrowsAsync<HubException>(() => editor.InvokeAsync<JsonElement>("Join", Guid.NewGuid()));
        Assert.Contains("no map", notAMap.Message);

        // The connection survives refusals, and nothing was half-written.
        Assert.Equal(map.Version, (await ServerMapAsync(http, map.Id)).Version);
        await editor.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(AddCard(map, "still works")));
        Assert.Equal(map.Version + 1, (await ServerMapAsync(http, map.Id)).Version);
    }

    [Fact]
    public async Task An_oversized_message_closes_the_connection_and_leaves_the_map_unharmed()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Oversized");
        var editor = await app.ConnectAsync(WorkspaceRole.Editor);
        var closed = new TaskCompletionSource<Exception?>();
        editor.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };

        var huge = AddCard(map, new string('x', 400_000));
        await Assert.ThrowsAnyAsync<Exception>(() => editor.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(huge)));
        var reason = await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(reason);
        Assert.Equal(map.Version, (await ServerMapAsync(http, map.Id)).Version);
    }

    [Fact]
    public async Task A_handshake_from_a_foreign_origin_is_refused()
    {
        var foreign = await app.ConnectAsync(WorkspaceRole.Editor, origin: "https://evil.example", start: false);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => foreign.StartAsync());
        Assert.Contains("403", refused.Message);

        await using var own = await app.ConnectAsync(WorkspaceRole.Editor);
        Assert.Equal(HubConnectionState.Connected, own.State);
    }

    [Fact]
    public async Task Presence_reaches_the_others_with_the_name_the_server_knows()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Presence");
        await using var ana = await app.ConnectAsync(WorkspaceRole.Editor);
        await using var ben = await app.ConnectAsync(WorkspaceRole.Viewer);
        var seen = new TaskCompletionSource<(JsonElement Member, JsonElement State)>();
        var joined = new TaskCompletionSource<JsonElement>();
        ben.On<JsonElement, JsonElement>("present", (m, s) => seen.TrySetResult((m, s)));
        ben.On<JsonElement>("joined", m => joined.TrySetResult(m));
        await ben.InvokeAsync<JsonElement>("Join", map.Id);
        await ana.InvokeAsync<JsonElement>("Join", map.Id);
        Assert.Equal("Editor", (await joined.Task.WaitAsync(TimeSpan.FromSeconds(5))).GetProperty("role").GetString());

        var card = Guid.NewGuid();
        await ana.InvokeAsync("Share", map.Id, new { cursor = new { x = 120.5, y = 40 }, selection = new[] { card }, editing = (Guid?)null, viewport = (object?)null });
        var (member, state) = await seen.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("Editor", member.GetProperty("role").GetString());
        Assert.False(string.IsNullOrWhiteSpace(member.GetProperty("name").GetString()));
        Assert.Equal(120.5, state.GetProperty("cursor").GetProperty("x").GetDouble());
        Assert.Equal(card, state.GetProperty("selection")[0].GetGuid());

        // Presence is only for people on the map.
        await using var stranger = await app.ConnectAsync(WorkspaceRole.Editor);
        var notJoined = await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync("Share", map.Id, new { cursor = new { x = 1, y = 1 } }));
        Assert.Contains("Join", notJoined.Message);
    }

    [Fact]
    public async Task Only_a_facilitator_can_lead_the_room()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http, "Lead");
        await using var editor = await app.ConnectAsync(WorkspaceRole.Editor);
        await using var facilitator = await app.ConnectAsync(WorkspaceRole.Facilitator);
        var leading = new TaskCompletionSource<JsonElement>();
        editor.On<JsonElement>("leading", m => leading.TrySetResult(m));
        await editor.InvokeAsync<JsonElement>("Join", map.Id);
        await facilitator.InvokeAsync<JsonElement>("Join", map.Id);

        var refused = await Assert.ThrowsAsync<HubException>(() => editor.InvokeAsync("Lead", map.Id, true));
        Assert.Contains("Facilitator", refused.Message);
        await facilitator.InvokeAsync("Lead", map.Id, true);
        Assert.Equal("Facilitator", (await leading.Task.WaitAsync(TimeSpan.FromSeconds(5))).GetProperty("role").GetString());
    }
}
