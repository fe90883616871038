using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Canvas;

public class CompareTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_current_state_map_opens_beside_its_future_state_with_stages_in_shared_columns()
    {
        var page = await app.OpenAsync("/", WorkspaceRole.Viewer);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Opening a current account", Exact = true }).ClickAsync();
        await page.GetByTestId("compare-link").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Current and future state, side by side" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("compare-band")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("compare-band").First).ToContainTextAsync("Current state");
        await Assertions.Expect(page.GetByTestId("compare-band").Last).ToContainTextAsync("Opening a current account (future state)");
        // Both demo maps have the same seven stages, so each shares one column: no gaps.
        await Assertions.Expect(page.GetByTestId("compare-stage")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator(".cell.gap")).ToHaveCountAsync(0);

        var current = await page.GetByRole(AriaRole.Gridcell, new() { Name = "current Apply, Touchpoints", Exact = true }).BoundingBoxAsync();
        var future = await page.GetByRole(AriaRole.Gridcell, new() { Name = "future Apply, Touchpoints", Exact = true }).BoundingBoxAsync();
        Assert.Equal(current!.X, future!.X, 0.5);
        await BrowserApp.ScreenshotAsync(page, "compare");
    }
}
