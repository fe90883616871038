using System.Text.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Heat;

/// <summary>
/// The accountability matrix as an executive (Viewer) reads it over the demo workspace, once the bank's survey is
/// imported: the bank journey's cells take the heat of their touchpoints.
/// </summary>
public class AccountabilityTests(HeatBrowserApp app) : IClassFixture<HeatBrowserApp>
{
    [Fact]
    public async Task An_executive_sees_each_department_across_the_journeys_and_opens_what_one_owns()
    {
        await app.ImportBankSurveyAsync();
        var page = await app.OpenAsync("/accountability", WorkspaceRole.Viewer, height: 1000);
        var matrix = page.GetByTestId("accountability-matrix");
        await Assertions.Expect(matrix).ToBeVisibleAsync();
        foreach (var title in DemoTitles())
            await Assertions.Expect(matrix.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        var rows = page.GetByTestId("accountability-row");
        var departments = JsonDocument.Parse(File.ReadAllText(Path.Combine(JourneyStudioApp.SeedData, "workspace.json"))).RootElement
            .GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToList();
        foreach (var name in departments)
            await Assertions.Expect(matrix.Locator($"[data-testid=accountability-row][data-department='{name}']")).ToHaveCountAsync(1);
        Assert.True(await matrix.Locator("[data-testid=accountability-cell][class*=heat-step-]").CountAsync() > 0,
            "the bank journey's touchpoints colour their departments' cells");

        // Rows run from the most pain down; the first row's whole part across the journeys opens below.
        var pains = await rows.Locator("td.total [data-testid=accountability-cell] .badge").AllTextContentsAsync();
        var ranked = pains.TakeWhile(p => p.StartsWith("Pain ", StringComparison.Ordinal)).Select(p => int.Parse(p[5..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(ranked.Count >= 2, string.Join(" | ", pains));
        Assert.Equal(ranked.OrderByDescending(p => p), ranked);
        var top = rows.First;
        var department = await top.GetAttributeAsync("data-department");
        await top.Locator("td.total").GetByTestId("accountability-cell").ClickAsync();
        var detail = page.GetByTestId("accountability-detail");
        await Assertions.Expect(detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync($"{department} · all journeys");
        var owned = detail.GetByTestId("owned-touchpoint").Or(detail.GetByTestId("owned-pain-point"));
        Assert.True(await owned.CountAsync() > 0, $"{department} owns something in the demo journeys");
        await Assertions.Expect(top.Locator("td.total").GetByTestId("accountability-cell")).ToHaveAttributeAsync("aria-pressed", "true");
        await BrowserApp.ScreenshotAsync(page, "accountability");
        await detail.ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(page, "accountability-detail");

        var link = detail.GetByTestId("owned-touchpoint").First.GetByRole(AriaRole.Link);
        var href = await link.GetAttributeAsync("href");
        Assert.Matches("^/maps/[0-9a-f-]{36}\\?card=[0-9a-f-]{36}$", href);

        await page.GetByTestId("accountability-window").SelectOptionAsync("last4");
        // The address changes in the page (no load event to wait for), so it is polled as a user would see it.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/accountability\\?window=last4$"));
        await Assertions.Expect(page.Locator(".window")).ToHaveTextAsync("Feedback of last 4 weeks");
        await Assertions.Expect(page.GetByTestId("touchpoints-csv")).ToHaveAttributeAsync("href", "/api/accountability/touchpoints.csv?window=last4");
    }

    private static IEnumerable<string> DemoTitles() =>
        Directory.GetFiles(Path.Combine(JourneyStudioApp.SeedData, "maps"), "*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("title").GetString()!);
}
