using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Feedback;

/// <summary>Imported feedback carrying script must stay text wherever it is shown: a page hook counts any payload that runs.</summary>
[Collection(FeedbackBrowserCollection.Name)]
public class EvidenceTests(FeedbackBrowserApp app)
{
    private static async Task<IPage> HookedAsync(FeedbackBrowserApp app, List<string> dialogs)
    {
        var page = await app.OpenAsync("/", WorkspaceRole.Editor);
        await page.AddInitScriptAsync("window.__xss = 0;");
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        return page;
    }

    [Fact]
    public async Task Script_in_imported_feedback_renders_inert_in_the_evidence_panel_the_inbox_and_the_explorer()
    {
        var dialogs = new List<string>();
        var page = await HookedAsync(app, dialogs);

        await page.GotoAsync($"/maps/{FeedbackBrowserApp.Bank}");
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        await page.Locator($"#card-{FeedbackBrowserApp.Card("t-on-card")}").ClickAsync();
        var payload = page.GetByTestId("touchpoint-evidence").GetByTestId("evidence-item").Filter(new() { HasText = "Apple Pay worked at once" });
        await Assertions.Expect(payload).ToContainTextAsync("<script>window.__xss");
        await Assertions.Expect(payload.GetByTestId("evidence-why")).ToHaveTextAsync("rule: phrase “Apple Pay”");
        Assert.Equal(0, await payload.Locator("script, img, svg").CountAsync());

        await page.GotoAsync("/feedback/triage");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var inInbox = page.GetByTestId("inbox-item").Filter(new() { HasText = "odd page" });
        await Assertions.Expect(inInbox).ToContainTextAsync("<img src=x onerror=");
        Assert.Equal(0, await inInbox.Locator("img, svg, b").CountAsync());

        await page.GotoAsync($"/feedback/explorer?sourceId={app.SourceId}&q=xss");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("explorer-item")).ToHaveCountAsync(2);
        Assert.Equal(0, await page.GetByTestId("explorer-items").Locator("script, img, svg, b").CountAsync());
        await BrowserApp.ScreenshotAsync(page, "explorer-xss-inert");

        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__xss"));
        Assert.Empty(dialogs);
        Assert.Empty(app.CspViolations);
    }

    [Fact]
    public async Task A_touchpoints_evidence_shows_its_figures_and_filters_and_links_to_the_explorer()
    {
        var page = await app.OpenAsync($"/maps/{FeedbackBrowserApp.Bank}", WorkspaceRole.Viewer);
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        await page.Locator($"#card-{FeedbackBrowserApp.Card("t-us-notif")}").ClickAsync();
        var evidence = page.GetByTestId("touchpoint-evidence");
        await Assertions.Expect(evidence.GetByTestId("evidence-count")).ToHaveTextAsync("3");
        await Assertions.Expect(evidence.GetByTestId("evidence-negative")).ToHaveTextAsync("33%");
        await Assertions.Expect(evidence.GetByTestId("evidence-item")).ToHaveCountAsync(3);

        await evidence.GetByRole(AriaRole.Radio, new() { Name = "Negative" }).ClickAsync();
        await Assertions.Expect(evidence.GetByTestId("evidence-item")).ToHaveCountAsync(1);
        await Assertions.Expect(evidence.GetByTestId("evidence-item")).ToContainTextAsync("came too late");
        await page.Locator(".detail-panel").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Artifacts, "evidence-negative.png") });
        await evidence.GetByRole(AriaRole.Radio, new() { Name = "All" }).ClickAsync();
        // Otherwise the one negative item still shown would pass the next count before the search applied.
        await Assertions.Expect(evidence.GetByTestId("evidence-item")).ToHaveCountAsync(3);
        await evidence.GetByLabel("Search this touchpoint's feedback").FillAsync("instantly");
        await Assertions.Expect(evidence.GetByTestId("evidence-item")).ToHaveCountAsync(1);
        await Assertions.Expect(evidence.GetByTestId("evidence-item")).ToContainTextAsync("arrives instantly");
        // A viewer reads the rules but has no way to change them.
        await Assertions.Expect(page.GetByTestId("feedback-rule").Filter(new() { HasText = "low balance" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByTestId("feedback-rules").GetByRole(AriaRole.Button).CountAsync());

        await evidence.GetByTestId("evidence-explore").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"cardId={FeedbackBrowserApp.Card("t-us-notif")}"));
        await Assertions.Expect(page.GetByTestId("explorer-total")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("#ex-card")).ToHaveValueAsync(FeedbackBrowserApp.Card("t-us-notif").ToString());
    }

    [Fact]
    public async Task A_rule_added_in_the_detail_panel_brings_its_feedback_in_and_undo_takes_it_out_again()
    {
        var page = await app.OpenAsync($"/maps/{FeedbackBrowserApp.Bank}", WorkspaceRole.Editor);
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        await page.Locator($"#card-{FeedbackBrowserApp.Card("t-su-complaint")}").ClickAsync();
        var evidence = page.GetByTestId("touchpoint-evidence");
        var darkMode = evidence.GetByTestId("evidence-item").Filter(new() { HasText = "dark mode" });
        await Assertions.Expect(evidence).ToBeVisibleAsync();
        await Assertions.Expect(darkMode).ToHaveCountAsync(0);

        await page.GetByLabel("Rule value").FillAsync("dark mode");
        await page.GetByLabel("Rule value").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("feedback-rule").Filter(new() { HasText = "dark mode" })).ToBeVisibleAsync();
        // The re-match job runs after the map's commit; the panel refreshes when it reports.
        await Assertions.Expect(darkMode.GetByTestId("evidence-why")).ToHaveTextAsync("rule: phrase “dark mode”", new() { Timeout = 30_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("feedback-rule").Filter(new() { HasText = "dark mode" })).ToHaveCountAsync(0);
        await Assertions.Expect(darkMode).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }
}
