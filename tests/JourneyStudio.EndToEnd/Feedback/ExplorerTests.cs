using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Feedback;

[Collection(FeedbackBrowserCollection.Name)]
public class ExplorerTests(FeedbackBrowserApp app)
{
    [Fact]
    public async Task Filters_by_journey_stage_touchpoint_score_date_and_text_narrow_the_items_and_the_chart()
    {
        var page = await app.OpenAsync($"/feedback/explorer?sourceId={app.SourceId}", WorkspaceRole.Viewer);
        var total = page.GetByTestId("explorer-total");
        await Assertions.Expect(total).ToHaveTextAsync("11");
        await Assertions.Expect(page.GetByTestId("weekly-chart").Locator("svg .bar")).Not.ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "explorer");

        await page.Locator("#ex-map").SelectOptionAsync(new SelectOptionValue { Label = "Opening a current account (Current)" });
        await page.Locator("#ex-stage").SelectOptionAsync(new SelectOptionValue { Label = "Everyday use" });
        await Assertions.Expect(total).ToHaveTextAsync("6");
        await page.Locator("#ex-card").SelectOptionAsync(new SelectOptionValue { Value = FeedbackBrowserApp.Card("t-us-notif").ToString() });
        await Assertions.Expect(total).ToHaveTextAsync("3");
        await page.Locator("#ex-max").FillAsync("-0.1");
        await page.Locator("#ex-max").PressAsync("Tab");
        await Assertions.Expect(total).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("explorer-item")).ToContainTextAsync("came too late");

        await page.GotoAsync($"/feedback/explorer?sourceId={app.SourceId}");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("#ex-q").FillAsync("spending insights");
        await page.Locator("#ex-q").PressAsync("Enter");
        await Assertions.Expect(total).ToHaveTextAsync("3");
        await page.GetByLabel("From date").FillAsync("2026-09-14");
        await page.GetByLabel("From date").PressAsync("Tab");
        await Assertions.Expect(total).ToHaveTextAsync("2");
        await page.GetByLabel("To date (inclusive)").FillAsync("2026-10-31");
        await page.GetByLabel("To date (inclusive)").PressAsync("Tab");
        await Assertions.Expect(total).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("explorer-item")).ToContainTextAsync("categories are wrong");
        await Assertions.Expect(page.GetByTestId("explorer-item").Locator(".tp")).ToContainTextAsync("rule: phrase “spending insights”");
        await BrowserApp.ScreenshotAsync(page, "explorer-filtered");
    }
}
