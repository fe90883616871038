using System.Net;
using System.Net.Http.Json;
using JourneyStudio.Domain.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Testing;

/// <summary>The app on a real Kestrel port, for clients that speak SignalR over real WebSockets.</summary>
public class LiveApp : JourneyStudioApp, IAsyncLifetime
{
    public string BaseUrl { get; private set; } = "";
    private readonly System.Collections.Concurrent.ConcurrentDictionary<WorkspaceRole, Task<CookieContainer>> cookies = new();

    public virtual Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return Task.CompletedTask;
    }

    /// <summary>The sign-in cookie of the demo account with <paramref name="role"/>, got once through the real sign-in endpoint (which is rate limited).</summary>
    public Task<CookieContainer> CookiesAsync(WorkspaceRole role) => cookies.GetOrAdd(role, SignInCookiesAsync);

    private async Task<CookieContainer> SignInCookiesAsync(WorkspaceRole role)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/account/signin", new { email = EmailFor(role), password = DemoPassword });
        response.EnsureSuccessStatusCode();
        return cookies;
    }

    public async Task<HttpClient> HttpAsAsync(WorkspaceRole role) =>
        new(new HttpClientHandler { CookieContainer = await CookiesAsync(role) }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>A started hub connection signed in as <paramref name="role"/>; <paramref name="origin"/> sets the handshake's Origin header.</summary>
    public async Task<HubConnection> ConnectAsync(WorkspaceRole role, string? origin = null, bool start = true)
    {
        var cookies = await CookiesAsync(role);
        var connection = new HubConnectionBuilder()
            .WithUrl(BaseUrl + "/hubs/maps", o =>
            {
                o.Cookies = cookies;
                o.Headers["Origin"] = origin ?? BaseUrl;
            })
            .Build();
        if (start) await connection.StartAsync();
        return connection;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
