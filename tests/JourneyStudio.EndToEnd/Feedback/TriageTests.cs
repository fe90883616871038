using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Feedback;

[Collection(FeedbackBrowserCollection.Name)]
public class TriageTests(FeedbackBrowserApp app)
{
    private static ILocator Item(IPage page, string text) => page.GetByTestId("inbox-item").Filter(new() { HasText = text });

    [Fact]
    public async Task An_unmatched_item_is_assigned_and_made_a_rule_and_both_items_show_as_evidence_on_the_canvas()
    {
        var page = await app.OpenAsync("/feedback/triage", WorkspaceRole.Editor);
        await Assertions.Expect(Item(page, "courier left my debit card")).ToBeVisibleAsync();
        await Assertions.Expect(Item(page, "A courier lost my card")).ToBeVisibleAsync();
        var total = await page.GetByTestId("inbox-total").InnerTextAsync();
        await Assertions.Expect(page.GetByTestId("nav-triage")).ToContainTextAsync(total);

        await Item(page, "courier left my debit card").ClickAsync();
        await page.GetByTestId("make-rule").CheckAsync();
        await page.GetByTestId("rule-value").FillAsync("courier");
        await page.GetByLabel("Find a touchpoint").FillAsync("virtual card");
        await BrowserApp.ScreenshotAsync(page, "triage-assign");
        await page.GetByTestId("touchpoint-option").Filter(new() { HasText = "Virtual card in the app" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("triage-notice")).ToContainTextAsync("Assigned to “Virtual card in the app");
        await Assertions.Expect(page.GetByTestId("triage-notice")).ToContainTextAsync("phrase “courier”");
        await Assertions.Expect(Item(page, "courier left my debit card")).ToHaveCountAsync(0);
        // The rule reaches the other courier item through the re-match job; the inbox follows by itself.
        await Assertions.Expect(Item(page, "A courier lost my card")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        // The count in the navigation follows without a reload.
        var left = int.Parse(await page.GetByTestId("inbox-total").InnerTextAsync());
        Assert.Equal(int.Parse(total) - 2, left);
        await Assertions.Expect(page.GetByTestId("nav-triage")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(left == 0 ? @"^\s*Triage\s*$" : $@"^\s*Triage\s*{left}\s*$"));
        await BrowserApp.ScreenshotAsync(page, "triage-after");

        await page.GotoAsync($"/maps/{FeedbackBrowserApp.Bank}");
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        await page.Locator($"#card-{FeedbackBrowserApp.Card("t-on-card")}").ClickAsync();
        var evidence = page.GetByTestId("touchpoint-evidence");
        await Assertions.Expect(page.GetByTestId("feedback-rule").Filter(new() { HasText = "courier" })).ToBeVisibleAsync();
        await page.GetByTestId("feedback-rules").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Artifacts, "feedback-rules.png") });
        // Assigned by hand and also fitting the new rule: the person's assignment is what keeps it here, so it stays if the rule goes.
        var byHand = evidence.GetByTestId("evidence-item").Filter(new() { HasText = "courier left my debit card" });
        await Assertions.Expect(byHand.GetByTestId("evidence-why")).ToContainTextAsync("assigned by");
        var byRule = evidence.GetByTestId("evidence-item").Filter(new() { HasText = "A courier lost my card" });
        await Assertions.Expect(byRule.GetByTestId("evidence-why")).ToHaveTextAsync("rule: phrase “courier”");
        await Assertions.Expect(evidence.GetByTestId("weekly-chart").Locator("svg")).ToBeVisibleAsync();
        await evidence.GetByTestId("weekly-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator(".detail-panel").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Artifacts, "evidence-panel.png") });
    }

    [Fact]
    public async Task The_inbox_is_worked_from_the_keyboard()
    {
        var page = await app.OpenAsync("/feedback/triage", WorkspaceRole.Editor);
        var first = page.GetByTestId("inbox-item").First;
        await first.Locator("button").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByTestId("inbox-item").Nth(1)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("chosen"));
        var text = await page.GetByTestId("inbox-item").Nth(1).Locator(".text").InnerTextAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Find a touchpoint")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("welcome email");
        await page.Keyboard.PressAsync("ArrowDown");
        await BrowserApp.ScreenshotAsync(page, "triage-keyboard");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("triage-notice")).ToContainTextAsync("Assigned to");
        await Assertions.Expect(page.GetByTestId("inbox-item").Filter(new() { HasText = text })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_viewer_reads_the_inbox_but_cannot_assign()
    {
        var page = await app.OpenAsync("/feedback/triage", WorkspaceRole.Viewer);
        await Assertions.Expect(page.GetByTestId("triage-view-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("touchpoint-option").First).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("make-rule")).ToBeDisabledAsync();
    }
}
