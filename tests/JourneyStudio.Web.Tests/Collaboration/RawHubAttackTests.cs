using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Testing;
using JourneyStudio.Web.Hosting;

namespace JourneyStudio.Web.Tests.Collaboration;

/// <summary>What a hostile client can send without the SignalR client library: raw WebSocket frames.</summary>
public class RawHubAttackTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const char Separator = '\u001e';

    private async Task<ClientWebSocket> OpenAsync(WorkspaceRole? role, string? origin = null)
    {
        var socket = new ClientWebSocket();
        if (role is { } r)
        {
            var cookies = await app.CookiesAsync(r);
            socket.Options.SetRequestHeader("Cookie", cookies.GetCookieHeader(new Uri(app.BaseUrl)));
        }
        socket.Options.SetRequestHeader("Origin", origin ?? app.BaseUrl);
        await socket.ConnectAsync(new Uri(app.BaseUrl.Replace("http://", "ws://") + "/hubs/maps"), CancellationToken.None);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string?> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? null : Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    private async Task<int> VersionOfAsync(Guid mapId)
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        return (await http.GetFromJsonAsync<JourneyMap>($"/api/maps/{mapId}", JsonDefaults.Options))!.Version;
    }

    [Fact]
    public async Task Without_a_sign_in_the_handshake_is_refused()
    {
        await Assert.ThrowsAsync<WebSocketException>(() => OpenAsync(role: null));
    }

    [Fact]
    public async Task Bad_arguments_get_an_error_and_garbage_closes_only_that_connection_leaving_the_map_unharmed()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = (await (await http.PostAsJsonAsync("/api/maps", new { title = "Raw frames" })).Content.ReadFromJsonAsync<JourneyMap>(JsonDefaults.Options))!;
        using var socket = await OpenAsync(WorkspaceRole.Editor);
        await SendAsync(socket, """{"protocol":"json","version":1}""" + Separator);
        Assert.Equal("{}" + Separator, await ReceiveAsync(socket));

        // Arguments of the wrong shape: the invocation fails with an error, the connection stays.
        await SendAsync(socket, """{"type":1,"invocationId":"1","target":"Apply","arguments":["not-a-map-id",{"type":"AddCard"}]}""" + Separator);
        var completion = await ReceiveAsync(socket);
        Assert.Contains("\"invocationId\":\"1\"", completion);
        Assert.Contains("\"error\"", completion);
        await SendAsync(socket, """{"type":1,"invocationId":"2","target":"NoSuchMethod","arguments":[]}""" + Separator);
        Assert.Contains("\"error\"", await ReceiveAsync(socket));

        // Bytes that are not a message at all end this connection.
        await SendAsync(socket, "{ this is not json" + Separator);
        string? next;
        do next = await ReceiveAsync(socket); while (next is not null && !next.Contains("\"type\":7"));
        Assert.Equal(map.Version, await VersionOfAsync(map.Id));

        // Everyone else carries on.
        using var other = await OpenAsync(WorkspaceRole.Editor);
        await SendAsync(other, """{"protocol":"json","version":1}""" + Separator);
        Assert.Equal("{}" + Separator, await ReceiveAsync(other));
    }

    [Fact]
    public async Task A_raw_handshake_from_a_foreign_origin_is_refused()
    {
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => OpenAsync(WorkspaceRole.Editor, origin: "https://evil.example"));
        Assert.Contains("403", refused.Message);
    }
}
