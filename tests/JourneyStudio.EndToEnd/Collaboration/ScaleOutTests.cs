using System.Net;
using System.Net.Http.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Testing;
using JourneyStudio.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Collaboration;

/// <summary>One app instance of a scaled-out deployment: the shared PostgreSQL schema and the shared Redis backplane.</summary>
public sealed class ScaledInstance(string redis) : BrowserApp
{
    /// <summary>False for an instance that only serves pages and queues jobs, leaving them to another's job server.</summary>
    public bool RunsJobs { get; init; } = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Redis", redis);
        builder.UseSetting("JourneyStudio:Feedback:Jobs:RunServer", RunsJobs ? "true" : "false");
        builder.UseSetting("JourneyStudio:Feedback:Jobs:QueuePollInterval", "00:00:00.200");
    }
}

/// <summary>Two instances behind an imagined sticky load balancer: one PostgreSQL schema, one redis-server.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public ScaledInstance First { get; private set; } = default!;
    public ScaledInstance Second { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var redis = Environment.GetEnvironmentVariable("JOURNEYSTUDIO_TEST_REDIS")
                    ?? throw new InvalidOperationException("JOURNEYSTUDIO_TEST_REDIS is not set. Run the tests with ./build.sh test, which starts a throw-away redis-server and sets it.");
        var schema = TestDatabase.NewSchema("scaled");
        First = new ScaledInstance(redis) { Schema = schema, RunsJobs = false };
        await First.InitializeAsync();
        Second = new ScaledInstance(redis) { Schema = schema, OwnsSchema = false };
        await Second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Second).DisposeAsync();
        await ((IAsyncLifetime)First).DisposeAsync();
    }
}

public class ScaleOutTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private static async Task<HttpClient> SignedInAsync(BrowserApp app, CookieContainer cookies)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(app.BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/account/signin",
            new { email = JourneyStudioApp.EmailFor(WorkspaceRole.Facilitator), password = JourneyStudioApp.DemoPassword });
        response.EnsureSuccessStatusCode();
        return http;
    }

    /// <summary>A CSAT source created through <paramref name="first"/> with <paramref name="csv"/> (id, text, score) uploaded to it.</summary>
    private static async Task<Guid> UploadedSourceAsync(HttpClient first, string name, string csv)
    {
        var created = await first.PostAsJsonAsync("/api/feedback/sources", new
        {
            name, kind = "Csv", scale = new { kind = "Csat", min = 1, max = 5 },
            fields = new { text = "text", score = "score", externalId = "id" },
        });
        created.EnsureSuccessStatusCode();
        var sourceId = (await created.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>())!["id"]!.GetValue<Guid>();
        (await first.PostAsync($"/api/feedback/sources/{sourceId}/upload?fileName=export.csv", new StringContent(csv))).EnsureSuccessStatusCode();
        return sourceId;
    }

    [Fact]
    public async Task An_edit_made_through_one_instance_arrives_in_a_browser_on_the_other()
    {
        var cookies = new CookieContainer();
        var first = await SignedInAsync(instances.First, cookies);
        var created = await first.PostAsJsonAsync("/api/maps", new { title = "Two instances" });
        var map = (await created.Content.ReadFromJsonAsync<JourneyMap>(JsonDefaults.Options))!;

        var page = await instances.Second.OpenAsync($"/maps/{map.Id}", WorkspaceRole.Editor);
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("live-status")).ToHaveAttributeAsync("data-status", "live");

        var command = new { type = "AddCard", stageId = map.OrderedStages.First().Id, laneId = map.OrderedLanes.First().Id, text = "Sent through the first instance" };
        (await first.PostAsJsonAsync($"/api/maps/{map.Id}/commands", command)).EnsureSuccessStatusCode();

        await Assertions.Expect(page.GetByTestId("card").Filter(new() { HasText = "Sent through the first instance" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".canvas")).ToHaveAttributeAsync("data-version", (map.Version + 1).ToString());
        await BrowserApp.ScreenshotAsync(page, "live-scaled-out");
    }

    [Fact]
    public async Task An_import_run_by_the_other_instances_job_server_shows_its_progress_here()
    {
        var sourceId = await UploadedSourceAsync(await SignedInAsync(instances.First, new CookieContainer()), "Kiosk survey",
            "id,text,score\nK1,The kiosk swallowed my card,1\nK2,Quick and friendly at the kiosk,5\nK3,Kiosk screen was unreadable in the sun,2\n");

        // This page is on the first instance, which runs no jobs: the second instance's job server does the import.
        var page = await instances.First.OpenAsync($"/feedback/sources/{sourceId}", WorkspaceRole.Facilitator);
        await page.Locator(".runs-page[data-interactive=true]").WaitForAsync();
        await page.GetByTestId("import-now").ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("run-detail").GetByTestId("run-status")).ToHaveTextAsync("Imported", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("run-row").First.Locator("td.num").Nth(1)).ToHaveTextAsync("3");
        await Assertions.Expect(page.GetByTestId("import-now")).ToBeEnabledAsync();
        await BrowserApp.ScreenshotAsync(page, "import-run-on-other-instance");

        // The sources list follows it too: a second import from there finds the three items already stored.
        await page.GotoAsync("/feedback/sources");
        await page.Locator(".sources-page[data-interactive=true]").WaitForAsync();
        var row = page.GetByTestId("source-row").Filter(new() { HasText = "Kiosk survey" });
        await row.GetByTestId("import-now").ClickAsync();
        await Assertions.Expect(row.GetByTestId("import-now")).ToBeDisabledAsync();
        await Assertions.Expect(row.GetByTestId("import-now")).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(row.GetByTestId("run-status")).ToHaveTextAsync("Imported");
    }

    [Fact]
    public async Task Unmatched_feedback_the_other_instance_imported_raises_the_triage_count_here_without_a_reload()
    {
        var page = await instances.First.OpenAsync("/feedback/explorer", WorkspaceRole.Facilitator);
        var triage = page.GetByTestId("nav-triage");
        var before = await UnmatchedAsync();

        // Queued here; the second instance's job server runs it, and its notices are the only word this page gets.
        var first = await SignedInAsync(instances.First, new CookieContainer());
        var sourceId = await UploadedSourceAsync(first, "Parking survey",
            "id,text,score\nP1,The car park barrier would not lift,1\nP2,Paid twice at the parking machine,2\n");
        (await first.PostAsync($"/api/feedback/sources/{sourceId}/import", null)).EnsureSuccessStatusCode();

        await Assertions.Expect(triage.Locator(".nav-count")).ToHaveTextAsync((before + 2).ToString(), new() { Timeout = 30_000 });
        await BrowserApp.ScreenshotAsync(page, "triage-count-from-other-instance");

        async Task<int> UnmatchedAsync() =>
            await triage.Locator(".nav-count").CountAsync() == 0 ? 0 : int.Parse(await triage.Locator(".nav-count").InnerTextAsync());
    }

    [Fact]
    public async Task A_member_signed_in_on_one_instance_stays_signed_in_on_the_other()
    {
        var cookies = new CookieContainer();
        await SignedInAsync(instances.First, cookies);
        var secondUri = new Uri(instances.Second.BaseUrl);
        // Same host, other port: the cookie the first instance issued, presented to the second.
        foreach (System.Net.Cookie c in cookies.GetAllCookies()) cookies.Add(secondUri, new System.Net.Cookie(c.Name, c.Value, "/", secondUri.Host));
        using var second = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = secondUri };

        var maps = await second.GetAsync("/api/maps");
        Assert.Equal(HttpStatusCode.OK, maps.StatusCode);
        // The keys live in the shared database, not on one host's disk, so this holds across machines too.
        await using var session = instances.Second.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.NotEmpty(await session.Query<DataProtectionKey>().ToListAsync());
    }
}
