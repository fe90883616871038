using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Web.Seeding;
using Microsoft.AspNetCore.Hosting;

namespace JourneyStudio.Testing;

/// <summary>
/// The browser app with feedback in it, brought in the way a user would: an admin allow-lists the loopback host, a
/// facilitator creates a CSV source over seed-data/feedback/test-inputs/browser-feedback.csv, served by a small
/// file server of its own, and runs "Import now" through the real Hangfire job.
/// </summary>
public class FeedbackBrowserApp : BrowserApp
{
    private SeedFileServer? files;

    public Guid SourceId { get; private set; }

    public static Guid Bank => SeedIds.For("northwind", "map", "bank-current-account");

    public static Guid Card(string key) => SeedIds.For("northwind", "bank-current-account", "card:" + key);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("JourneyStudio:Feedback:Jobs:QueuePollInterval", "00:00:00.200");
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        files = await SeedFileServer.StartAsync();

        var admin = await ApiClientAsync(WorkspaceRole.Admin);
        (await admin.PutAsJsonAsync("/api/feedback/settings", new { allowedHosts = new[] { "127.0.0.1" } })).EnsureSuccessStatusCode();
        var facilitator = await ApiClientAsync(WorkspaceRole.Facilitator);
        var created = await facilitator.PostAsJsonAsync("/api/feedback/sources", new
        {
            name = "Website survey", kind = "Csv", url = files.File("feedback/test-inputs/browser-feedback.csv"),
            scale = new { kind = "Csat", min = 1, max = 5 },
            fields = new { text = "text", score = "score", externalId = "id", date = "date", channel = "channel" },
        });
        created.EnsureSuccessStatusCode();
        SourceId = Guid.Parse((await Json(created))["id"]!.GetValue<string>());
        var queued = await facilitator.PostAsync($"/api/feedback/sources/{SourceId}/import", null);
        if (queued.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"Import now: {queued.StatusCode}");
        var runId = (await Json(queued))["id"]!.GetValue<string>();
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var run = await Json(await facilitator.GetAsync($"/api/feedback/runs/{runId}"));
            if (run["finishedAt"] is not null && run["status"]!.GetValue<string>() == "Succeeded" && run["new"]!.GetValue<int>() == 11) break;
            if (run["finishedAt"] is not null || DateTime.UtcNow > until) throw new InvalidOperationException($"The import did not finish as expected: {run.ToJsonString()}");
            await Task.Delay(200);
        }
    }

    /// <summary>An API client signed in with <paramref name="role"/> against the real Kestrel port, cookies kept.</summary>
    public async Task<HttpClient> ApiClientAsync(WorkspaceRole role)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };
        (await client.PostAsJsonAsync("/api/account/signin", new { email = EmailFor(role), password = DemoPassword })).EnsureSuccessStatusCode();
        return client;
    }

    public static async Task<JsonNode> Json(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public override async ValueTask DisposeAsync()
    {
        if (files is not null) await files.DisposeAsync();
        await base.DisposeAsync();
    }
}

/// <summary>One feedback browser app for the triage, evidence and explorer tests: one Hangfire server, one import.</summary>
[CollectionDefinition(Name)]
public sealed class FeedbackBrowserCollection : ICollectionFixture<FeedbackBrowserApp>
{
    public const string Name = "feedback browser app";
}
