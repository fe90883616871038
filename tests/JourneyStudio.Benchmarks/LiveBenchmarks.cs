using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyStudio.Benchmarks;

/// <summary>
/// Live co-editing over loopback with real SignalR clients: how long an edit takes to reach the other editors of a
/// map, beside a bare SignalR broadcast to as many clients (a hub that only relays) measured in the same run.
/// </summary>
public sealed class LiveBenchmarks : WebApplicationFactory<JourneyStudio.Web.Maps.MapWriter>, IAsyncDisposable
{
    private const string Password = "benchmark-only password 5521";
    private const int Rounds = 4;
    private readonly string connectionString;
    private string baseUrl = "";
    private CookieContainer editorCookies = default!, facilitatorCookies = default!;

    private LiveBenchmarks(string connectionString) => this.connectionString = connectionString;

    public static async Task<LiveBenchmarks> StartAsync(string connectionString)
    {
        // The test projects get the app's content root from Mvc.Testing's build targets; an exe names it itself.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "JourneyStudio.Web"))) root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_JOURNEYSTUDIO_WEB", Path.Combine(root!.FullName, "src", "JourneyStudio.Web"));
        var bench = new LiveBenchmarks(connectionString);
        bench.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        bench.StartServer();
        bench.baseUrl = bench.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        bench.editorCookies = await bench.SignInAsync(WorkspaceRole.Editor);
        bench.facilitatorCookies = await bench.SignInAsync(WorkspaceRole.Facilitator);
        return bench;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        builder.UseSetting("JourneyStudio:Schema", "bench_live_" + Guid.NewGuid().ToString("N")[..8]);
        builder.UseSetting("JourneyStudio:DemoPassword", Password);
        // The benchmark drives far more than one person would; the per-connection limits are for people.
        builder.UseSetting("JourneyStudio:RateLimits:Hub:CallsPerSecond", "100000");
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }

    private async Task<CookieContainer> SignInAsync(WorkspaceRole role)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(baseUrl) };
        var email = AccountsBootstrap.DemoAccounts.Single(a => a.Role == role).Email;
        (await http.PostAsJsonAsync("/api/account/signin", new { email, password = Password })).EnsureSuccessStatusCode();
        return cookies;
    }

    private async Task<JourneyMap> NewMapAsync()
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = facilitatorCookies }) { BaseAddress = new Uri(baseUrl) };
        var response = await http.PostAsJsonAsync("/api/maps", new { title = "Live benchmark" });
        return (await response.Content.ReadFromJsonAsync<JourneyMap>(JsonDefaults.Options))!;
    }

    private async Task<HubConnection> ConnectAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(baseUrl + "hubs/maps", o => { o.Cookies = editorCookies; o.Headers["Origin"] = baseUrl.TrimEnd('/'); })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Edit-to-other-client latency with <paramref name="editors"/> on one map, beside the bare broadcast floor.</summary>
    public async Task EditLatencyAsync(Report report, int editors, int edits)
    {
        var map = await NewMapAsync();
        var sent = new ConcurrentDictionary<int, long>();
        var samples = new ConcurrentBag<double>();
        var connections = new List<HubConnection>();
        for (var i = 0; i < editors; i++)
        {
            var c = await ConnectAsync();
            if (i > 0)
                c.On<JsonElement>("changed", m =>
                {
                    var now = Stopwatch.GetTimestamp();
                    if (sent.TryGetValue(m.GetProperty("version").GetInt32(), out var at)) samples.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
                });
            await c.InvokeAsync<JsonElement>("Join", map.Id);
            connections.Add(c);
        }
        var author = connections[0];
        var (stage, lane) = (map.OrderedStages.First().Id, map.OrderedLanes.First().Id);
        var version = map.Version;
        await using var relay = await RelayRoom.OpenAsync(editors);
        // Ours and the floor take turns in rounds, so a slow spell of the machine falls on both rather than on one.
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < edits / Rounds; i++)
            {
                var command = JsonSerializer.SerializeToElement(new { type = "AddCard", stageId = stage, laneId = lane, text = $"edit {round}.{i}" });
                sent[++version] = Stopwatch.GetTimestamp();
                await author.InvokeAsync<JsonElement>("Apply", map.Id, command);
                await Task.Delay(10);
            }
            await relay.SendAsync(edits / Rounds);
        }
        await WaitForAsync(() => samples.Count >= edits / Rounds * Rounds * (editors - 1) && relay.Samples.Count >= edits / Rounds * Rounds * (editors - 1));
        foreach (var p in new[] { 50, 95, 99 })
            report.Add($"edit → other editors' canvases, {editors} editors, p{p} ({edits} edits)", Percentile(samples, p), "ms",
                $"bare SignalR broadcast to {editors - 1} clients, p{p}", Percentile(relay.Samples, p));
        foreach (var c in connections) await c.DisposeAsync();
    }

    /// <summary>Commands a second on one map, sent over the hub by <paramref name="senders"/> connections at once.</summary>
    public async Task SustainedCommandsAsync(Report report, int senders, int commandsEach, double insertFloor)
    {
        var map = await NewMapAsync();
        var connections = new List<HubConnection>();
        for (var i = 0; i < senders; i++) connections.Add(await ConnectAsync());
        var (stage, lane) = (map.OrderedStages.First().Id, map.OrderedLanes.First().Id);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(connections.Select((c, n) => Task.Run(async () =>
        {
            for (var i = 0; i < commandsEach; i++)
                await c.InvokeAsync<JsonElement>("Apply", map.Id,
                    JsonSerializer.SerializeToElement(new { type = "AddCard", stageId = stage, laneId = lane, text = $"s{n} c{i}" }));
        })));
        var rate = senders * commandsEach / clock.Elapsed.TotalSeconds;
        report.Add($"sustained commands/s on one map over the hub ({senders} senders, map growing to {senders * commandsEach} cards)", rate, "cmd/s",
            "the same through MapWriter directly, 8 writers (above)", insertFloor);
        foreach (var c in connections) await c.DisposeAsync();
    }

    /// <summary>Memory per connected, joined editor: client and server objects together (they share this process).</summary>
    public async Task MemoryPerEditorAsync(Report report, int editors)
    {
        var map = await NewMapAsync();
        var before = Settle();
        var connections = new List<HubConnection>();
        for (var i = 0; i < editors; i++)
        {
            var c = await ConnectAsync();
            await c.InvokeAsync<JsonElement>("Join", map.Id);
            connections.Add(c);
        }
        var perEditor = (Settle() - before) / 1024.0 / editors;
        var bare = await BareConnectionMemoryAsync(editors);
        report.Add($"memory per connected editor ({editors} joined; client + server, one process)", perEditor, "KiB",
            "a bare SignalR connection to a relay hub", bare);
        foreach (var c in connections) await c.DisposeAsync();
    }

    private static long Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(true);
    }

    /// <summary>The floor's clients on a relay hub: the first sends, the others time what reaches them.</summary>
    private sealed class RelayRoom : IAsyncDisposable
    {
        private readonly BareRelay relay;
        private readonly List<HubConnection> connections = [];

        private RelayRoom(BareRelay relay) => this.relay = relay;

        public ConcurrentBag<double> Samples { get; } = [];

        public static async Task<RelayRoom> OpenAsync(int clients)
        {
            var room = new RelayRoom(await BareRelay.StartAsync());
            for (var i = 0; i < clients; i++)
            {
                var c = await room.relay.ConnectAsync();
                if (i > 0) c.On<long>("relayed", at => room.Samples.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds));
                room.connections.Add(c);
            }
            return room;
        }

        public async Task SendAsync(int messages)
        {
            for (var i = 0; i < messages; i++)
            {
                await connections[0].InvokeAsync("Relay", Stopwatch.GetTimestamp());
                await Task.Delay(10);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var c in connections) await c.DisposeAsync();
            await relay.DisposeAsync();
        }
    }

    private static async Task<double> BareConnectionMemoryAsync(int clients)
    {
        await using var relay = await BareRelay.StartAsync();
        var before = Settle();
        var connections = new List<HubConnection>();
        for (var i = 0; i < clients; i++) connections.Add(await relay.ConnectAsync());
        var per = (Settle() - before) / 1024.0 / clients;
        foreach (var c in connections) await c.DisposeAsync();
        return per;
    }

    private static async Task WaitForAsync(Func<bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!done() && DateTime.UtcNow < until) await Task.Delay(10);
        if (!done()) throw new TimeoutException("Not every client received every message within a minute.");
    }

    private static double Percentile(IEnumerable<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public new async ValueTask DisposeAsync() => await base.DisposeAsync();

    /// <summary>The floor: a Kestrel app whose hub only relays a timestamp to everyone else.</summary>
    private sealed class BareRelay : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly string url;

        private BareRelay(WebApplication app, string url) => (this.app, this.url) = (app, url);

        public static async Task<BareRelay> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddSignalR();
            var app = builder.Build();
            app.MapHub<RelayHub>("/relay");
            await app.StartAsync();
            return new BareRelay(app, app.Urls.First());
        }

        public async Task<HubConnection> ConnectAsync()
        {
            var c = new HubConnectionBuilder().WithUrl(url + "/relay").Build();
            await c.StartAsync();
            return c;
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }

    private sealed class RelayHub : Hub
    {
        public Task Relay(long at) => Clients.Others.SendAsync("relayed", at);
    }
}
