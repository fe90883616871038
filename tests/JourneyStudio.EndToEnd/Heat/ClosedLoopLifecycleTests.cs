using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using JourneyStudio.Testing.Heat;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Heat;

/// <summary>
/// A pain point walked through its lifecycle in the card panel: acknowledge, start, resolve with a fix date, then
/// "Check now" verifies the fix against feedback imported from seed-data/feedback/test-inputs/loop-improved.csv
/// (an uploaded CSV source, imported by the real Hangfire job); then the ranked list as an executive (Viewer) sees it.
/// </summary>
public class ClosedLoopLifecycleTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_pain_point_goes_from_open_to_verified_in_the_panel_and_the_priority_list_shows_the_parts()
    {
        var (mapId, painId) = await MapWithFeedbackAsync();
        var page = await app.OpenAsync($"/maps/{mapId}?card={painId}", WorkspaceRole.Editor, height: 1000);
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        var panel = page.GetByRole(AriaRole.Complementary, new() { Name = "Card details" });
        var lifecycle = panel.Locator("section.lifecycle");
        await Assertions.Expect(lifecycle).ToHaveAttributeAsync("data-status", "Open");

        await MoveAsync(page, lifecycle, "Acknowledged", "Confirmed in the till survey; Operations owns the readers");
        await MoveAsync(page, lifecycle, "InProgress", "Replacement readers ordered for every store");
        await lifecycle.Locator("[data-step=Resolved]").ClickAsync();
        await lifecycle.GetByLabel("Why?").FillAsync("New contactless readers installed in all stores");
        await lifecycle.GetByLabel("Fix reached customers on").FillAsync("2026-03-02");
        await BrowserApp.ScreenshotAsync(page, "closed-loop-resolve-prompt");
        await lifecycle.GetByTestId("ppl-confirm").ClickAsync();
        await Assertions.Expect(lifecycle).ToHaveAttributeAsync("data-status", "Resolved");
        await Assertions.Expect(lifecycle.GetByTestId("ppl-verdict")).ToContainTextAsync("Fixed 2 Mar 2026");

        await lifecycle.GetByTestId("ppl-check").ClickAsync();
        await Assertions.Expect(lifecycle).ToHaveAttributeAsync("data-status", "Verified");
        await Assertions.Expect(lifecycle.GetByTestId("ppl-verdict")).ToContainTextAsync("verified: negative feedback fell from 50% (25 of 50) before the fix to 10% (5 of 50)");
        await Assertions.Expect(lifecycle.GetByTestId("ppl-chart").Locator("circle")).ToHaveCountAsync(16);
        await lifecycle.GetByTestId("ppl-watch").ClickAsync();
        await Assertions.Expect(lifecycle.GetByTestId("ppl-watch")).ToHaveTextAsync("Stop watching");
        await lifecycle.ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(page, "closed-loop-verified-panel");
        await panel.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Artifacts, "closed-loop-verified-lifecycle.png") });

        var list = await app.OpenAsync("/pain-points", WorkspaceRole.Viewer, height: 1000);
        var rows = list.GetByTestId("priority-rows").Locator("li.row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() >= 5);
        // A verified fix needs no more work: it leaves the ranked list.
        await Assertions.Expect(list.Locator($"li.row[data-card-id='{painId}']")).ToHaveCountAsync(0);
        await Assertions.Expect(rows.First.Locator(".bar .seg")).ToHaveCountAsync(4);
        var why = rows.First.Locator("details.why summary");
        var closed = (await why.BoundingBoxAsync())!;
        await why.ClickAsync();
        var reasons = rows.First.Locator("details.why dl");
        await Assertions.Expect(reasons).ToContainTextAsync("Severity");
        // Opening the reasons leaves the toggle where it was and lays them out under the row, as wide as title and bar.
        var open = (await why.BoundingBoxAsync())!;
        Assert.True(Math.Abs(closed.X - open.X) < 1 && Math.Abs(closed.Y - open.Y) < 1, $"the toggle moved from {closed.X},{closed.Y} to {open.X},{open.Y}");
        var below = (await reasons.BoundingBoxAsync())!;
        var title = (await rows.First.Locator(".label").BoundingBoxAsync())!;
        Assert.True(below.Y > open.Y + open.Height && Math.Abs(below.X - title.X) < 1 && below.X + below.Width >= open.X,
            $"the reasons sit at {below.X},{below.Y} ({below.Width} wide), the toggle at {open.X},{open.Y}");
        await BrowserApp.ScreenshotAsync(list, "closed-loop-priority-list");
    }

    private static async Task MoveAsync(IPage page, ILocator lifecycle, string step, string reason)
    {
        await lifecycle.Locator($"[data-step={step}]").ClickAsync();
        await lifecycle.GetByLabel("Why?").FillAsync(reason);
        await lifecycle.GetByTestId("ppl-confirm").ClickAsync();
        await Assertions.Expect(lifecycle).ToHaveAttributeAsync("data-status", step);
    }

    /// <summary>A map with a touchpoint and an owned pain point concerning it, and the loop-improved feedback matched to the touchpoint by channel.</summary>
    private async Task<(Guid MapId, Guid PainId)> MapWithFeedbackAsync()
    {
        var facilitator = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl) };
        (await facilitator.PostAsJsonAsync("/api/account/signin",
            new { email = JourneyStudioApp.EmailFor(WorkspaceRole.Facilitator), password = JourneyStudioApp.DemoPassword })).EnsureSuccessStatusCode();
        var workspace = await JsonAsync(await facilitator.GetAsync("/api/workspace"));
        var operations = workspace["departments"]!.AsArray().First(d => d!["name"]!.GetValue<string>() == "Operations")!["id"]!.GetValue<Guid>();
        var map = await JsonAsync(await facilitator.PostAsJsonAsync("/api/maps", new { title = "Paying in store" }));
        var mapId = map["id"]!.GetValue<Guid>();
        var channel = "Till survey";
        Guid touchpoint = Guid.NewGuid(), pain = Guid.NewGuid();
        object[] commands =
        [
            .. LoopMapCommands.For(touchpoint, pain, operations, channel),
            new { type = "TagMomentOfTruth", cardId = touchpoint, reason = "A failed payment at the till loses the customer there and then" },
        ];
        (await facilitator.PostAsync($"/api/maps/{mapId}/commands", JsonContent.Create(commands, options: Web))).EnsureSuccessStatusCode();

        var source = await JsonAsync(await facilitator.PostAsJsonAsync("/api/feedback/sources", new
        {
            name = "Till survey", kind = "Csv", scale = new { kind = "Csat", min = 1, max = 5 }, timeZone = "UTC", channel,
            fields = new { text = "comment", score = "rating", date = "date", externalId = "id", author = "name", contact = "email" },
        }));
        var sourceId = source["id"]!.GetValue<Guid>();
        var csv = await File.ReadAllTextAsync(Path.Combine(JourneyStudioApp.SeedData, "feedback", "test-inputs", "loop-improved.csv"));
        (await facilitator.PostAsync($"/api/feedback/sources/{sourceId}/upload?fileName=till-survey.csv", new StringContent(csv))).EnsureSuccessStatusCode();
        var run = await JsonAsync(await facilitator.PostAsync($"/api/feedback/sources/{sourceId}/import", null));
        var runId = run["id"]!.GetValue<Guid>();
        for (var until = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(200))
        {
            var state = await JsonAsync(await facilitator.GetAsync($"/api/feedback/runs/{runId}"));
            if (state["status"]!.GetValue<string>() == "Succeeded" && state["finishedAt"] is not null) break;
            if (state["status"]!.GetValue<string>() == "Failed" || DateTime.UtcNow > until) throw new InvalidOperationException(state.ToJsonString());
        }
        return (mapId, pain);
    }

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
