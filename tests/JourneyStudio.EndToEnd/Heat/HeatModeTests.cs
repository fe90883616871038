using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Heat;

public class HeatModeTests(HeatBrowserApp app) : IClassFixture<HeatBrowserApp>
{
    private const string From = "2026-09-01", To = "2026-11-22";

    [Fact]
    public async Task Heat_mode_colours_the_demo_map_by_pain_hatches_thin_evidence_and_shows_figures_on_hover()
    {
        var mapId = await BankMapAsync();
        var page = await app.OpenAsync($"/maps/{mapId}", WorkspaceRole.Viewer, 1600, 1000);
        await page.GetByTestId("heat-toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("heat-bar")).ToBeVisibleAsync();
        await page.GetByTestId("heat-window").SelectOptionAsync("custom");
        await page.GetByTestId("heat-from").FillAsync(From);
        await page.GetByTestId("heat-to").FillAsync(To);
        await Assertions.Expect(page.GetByTestId("heat-period")).ToHaveTextAsync("2026-W36 to 2026-W47");
        await Assertions.Expect(page.GetByTestId("heat-map-total")).ToContainTextAsync("0 items");

        // The import lands while the canvas is open: its heat follows without a reload.
        await app.ImportBankSurveyAsync();
        var viewer = await app.ApiAsAsync(WorkspaceRole.Viewer);
        var heat = await HeatBrowserApp.JsonOf(viewer.GetAsync($"/api/maps/{mapId}/heat?window=custom&from={From}&to={To}"));
        await Assertions.Expect(page.GetByTestId("heat-map-total")).ToContainTextAsync($"· {heat["map"]!["window"]!["volume"]!.GetValue<long>()} items");

        var touchpoints = heat["touchpoints"]!.AsArray().Select(t => t!).ToList();
        var coloured = touchpoints.Where(t => Window(t)["volume"]!.GetValue<long>() >= 10)
            .OrderBy(t => Window(t)["painIndex"]!.GetValue<double>()).ToList();
        var thin = touchpoints.Where(t => Window(t)["volume"]!.GetValue<long>() is > 0 and < 10).ToList();
        Assert.True(coloured.Count >= 5, $"only {coloured.Count} touchpoints have enough feedback");
        Assert.NotEmpty(thin);

        // Every touchpoint with enough evidence is coloured, and more pain never takes a lighter step.
        var steps = new List<(double Pain, int Step, double Luminance)>();
        foreach (var t in coloured)
        {
            var tint = page.Locator($"[data-heat-for='{t["cardId"]!.GetValue<Guid>()}']");
            await Assertions.Expect(tint).ToHaveAttributeAsync("data-heat-evidence", "Sufficient");
            var step = int.Parse((await tint.GetAttributeAsync("data-heat-step"))!);
            var colour = await tint.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            var legend = await page.Locator($".heat-legend .heat-step-{step}").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.Equal(legend, colour);
            steps.Add((Window(t)["painIndex"]!.GetValue<double>(), step, Luminance(colour)));
        }
        for (var i = 1; i < steps.Count; i++)
        {
            Assert.True(steps[i].Step >= steps[i - 1].Step, $"pain {steps[i].Pain:0.0} has step {steps[i].Step}, below step {steps[i - 1].Step} of pain {steps[i - 1].Pain:0.0}");
            Assert.True(steps[i].Luminance <= steps[i - 1].Luminance + 1e-9, "a higher step must be darker");
        }
        Assert.True(steps[^1].Step > steps[0].Step, "the most and least painful touchpoints should not share a colour");

        // Too little evidence: hatched, not coloured.
        foreach (var t in thin)
        {
            var tint = page.Locator($"[data-heat-for='{t["cardId"]!.GetValue<Guid>()}']");
            await Assertions.Expect(tint).ToHaveAttributeAsync("data-heat-evidence", "Insufficient");
            Assert.Null(await tint.GetAttributeAsync("data-heat-step"));
            Assert.Contains("repeating-linear-gradient", await tint.EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage"));
        }

        // Hovering the most painful touchpoint shows its figures and its weekly trend.
        var worst = coloured[^1];
        await page.Locator($"#card-{worst["cardId"]!.GetValue<Guid>()}").HoverAsync();
        var inspector = page.Locator("[data-heat-inspector]");
        await Assertions.Expect(inspector).ToBeVisibleAsync();
        await Assertions.Expect(inspector.GetByTestId("inspector-volume")).ToHaveTextAsync($"{Window(worst)["volume"]!.GetValue<long>()} items");
        await Assertions.Expect(inspector.GetByTestId("inspector-pain")).ToContainTextAsync($"{Window(worst)["painIndex"]!.GetValue<double>():0}");
        await Assertions.Expect(inspector.Locator(".heat-sparkline circle")).Not.ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "heat-mode");

        // The play control steps through the weeks.
        await page.Mouse.MoveAsync(5, 5);
        await page.GetByRole(AriaRole.Button, new() { Name = "Next week" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("heat-period")).ToContainTextAsync("Week 2026-W36");
        await page.GetByTestId("heat-help").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "How heat is worked out" })).ToContainTextAsync("100 × Σ max(0, −score) ÷ n");
        await BrowserApp.ScreenshotAsync(page, "heat-mode-week-and-help");
    }

    [Fact]
    public async Task A_past_version_reads_heat_in_the_weeks_up_to_that_version()
    {
        var mapId = await BankMapAsync();
        var version = await HeatBrowserApp.JsonOf((await app.ApiAsAsync(WorkspaceRole.Viewer)).GetAsync($"/api/maps/{mapId}?version=1"));
        var at = version["updatedAt"]!.GetValue<DateTimeOffset>();
        var page = await app.OpenAsync($"/maps/{mapId}?version=1", WorkspaceRole.Viewer, 1600, 1000);

        await Assertions.Expect(page.GetByTestId("empty-grid")).ToContainTextAsync("Nothing drawn at this version");
        await page.GetByTestId("heat-toggle").ClickAsync();

        await Assertions.Expect(page.GetByTestId("heat-period")).ToHaveTextAsync($"the 4 weeks to {at.UtcDateTime:d MMM yyyy}");
        await Assertions.Expect(page.GetByTestId("heat-window").Locator("option[value=last4]")).ToHaveTextAsync("4 weeks to this version");
        await BrowserApp.ScreenshotAsync(page, "heat-mode-past-version");

        // The empty first version leads on through the versions that drew the grid.
        await page.GetByTestId("next-version").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"/maps/{mapId}\?version=2$"));
        await Assertions.Expect(page.GetByText("You are looking at version 2 of")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("stage-head").First).ToBeVisibleAsync();
    }

    private static JsonNode Window(JsonNode touchpoint) => touchpoint["heat"]!["window"]!;

    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        static double Linear(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        return 0.2126 * Linear(parts[0]) + 0.7152 * Linear(parts[1]) + 0.0722 * Linear(parts[2]);
    }

    private async Task<Guid> BankMapAsync()
    {
        var maps = await HeatBrowserApp.JsonOf((await app.ApiAsAsync(WorkspaceRole.Viewer)).GetAsync("/api/maps"));
        return maps.AsArray().Single(m => m!["title"]!.GetValue<string>() == "Opening a current account")!["id"]!.GetValue<Guid>();
    }
}
