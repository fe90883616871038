using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Feedback;

public class SourcesWizardTests(SourcesBrowserApp app) : IClassFixture<SourcesBrowserApp>
{
    [Fact]
    public async Task A_facilitator_maps_a_csv_export_with_the_live_preview_imports_it_and_sees_the_run_with_its_rejections()
    {
        var page = await app.OpenAsync("/feedback/sources", WorkspaceRole.Facilitator);
        await page.GetByTestId("new-source").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem).Filter(new() { HasText = "CSV / TSV" }).ClickAsync();
        // The list page stays interactive while the wizard loads in place: wait for the wizard itself, or typing lands before it binds.
        await page.Locator(".wizard-page[data-interactive=true]").WaitForAsync();

        await page.GetByTestId("source-name").FillAsync("Support desk CSAT");
        await page.GetByTestId("by-url").ClickAsync();
        await page.GetByTestId("source-url").FillAsync($"{app.FilesUrl}/demo/broadband/support-csat/csat-export.csv");
        await page.GetByTestId("source-url").BlurAsync();
        // The file is read as it is: a European Excel export.
        await Assertions.Expect(page.GetByTestId("detected")).ToContainTextAsync("Windows-1252, delimiter semicolon");

        await page.GetByTestId("map-text").SelectOptionAsync("Comment");
        await page.GetByTestId("map-score").SelectOptionAsync("Satisfaction (1-5)");
        await page.GetByTestId("map-date").SelectOptionAsync("Solved");
        await page.GetByTestId("map-externalId").SelectOptionAsync("Ticket ID");
        await page.GetByTestId("scale").SelectOptionAsync("Csat");
        await page.GetByTestId("time-zone").FillAsync("Europe/London");
        await page.GetByTestId("time-zone").BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add a rule" }).ClickAsync();
        await page.GetByLabel("Field", new() { Exact = true }).FillAsync("Rating status");
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("offered");
        await page.GetByLabel("Value", new() { Exact = true }).BlurAsync();

        // The preview shows rows as they will be imported: the score normalised, the London time in UTC, and the unanswered survey rejected.
        var first = page.GetByTestId("preview-row").First;
        await Assertions.Expect(first).ToContainTextAsync("481205");
        await Assertions.Expect(first).ToContainTextAsync("2026-05-01 07:18");
        await Assertions.Expect(first).ToContainTextAsync("0.00");
        await Assertions.Expect(page.GetByTestId("preview-rejected").First).ToContainTextAsync("Rating status = offered");
        await page.GetByTestId("schedule").FillAsync("0 6 * * *");
        await Assertions.Expect(page.GetByTestId("schedule-explained")).ToContainTextAsync("Every day at 06:00 UTC");
        await BrowserApp.ScreenshotAsync(page, "feedback-source-wizard");

        await page.GetByTestId("save-source").ClickAsync();
        // Blazor navigates within the page: wait for the address, not for a load event; a refusal is reported with its message.
        try { await Assertions.Expect(page).ToHaveURLAsync(new Regex("/feedback/sources/[0-9a-f-]{36}$"), new() { Timeout = 30_000 }); }
        catch (PlaywrightException)
        {
            if (await page.GetByTestId("save-error").CountAsync() > 0) Assert.Fail("Saving was refused: " + await page.GetByTestId("save-error").TextContentAsync());
            throw;
        }
        await page.Locator(".runs-page[data-interactive=true]").WaitForAsync();
        await page.GetByTestId("import-now").ClickAsync();
        // No reload: the run's progress and outcome arrive through the circuit.
        var detail = page.GetByTestId("run-detail");
        await Assertions.Expect(detail.GetByTestId("run-status")).ToHaveTextAsync("Imported with rejections", new() { Timeout = 30_000 });
        await Assertions.Expect(detail).ToContainTextAsync("982 new");
        await Assertions.Expect(detail.GetByTestId("rejections")).ToContainTextAsync("Rating status = offered");
        await Assertions.Expect(detail.GetByTestId("rejections")).ToContainTextAsync("line ");
        await BrowserApp.ScreenshotAsync(page, "feedback-source-runs");
        // The run history shows every count without scrolling sideways, and rows left out show as amber, not as success.
        var row = page.GetByTestId("run-row").First;
        await Assertions.Expect(row.Locator("td.num").Last).ToHaveTextAsync("270");
        var widths = await page.Locator("section.run-list").EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The run history needs {widths[0]} px and shows {widths[1]} px.");
        var amber = await row.GetByTestId("run-status").EvaluateAsync<string>("e => getComputedStyle(e).color");
        var green = await page.EvaluateAsync<string>("() => { const s = document.createElement('span'); s.style.color = 'var(--success)'; document.body.append(s); const c = getComputedStyle(s).color; s.remove(); return c; }");
        Assert.NotEqual(green, amber);

        await page.GotoAsync("/feedback/sources");
        await Assertions.Expect(page.GetByTestId("source-row").Filter(new() { HasText = "Support desk CSAT" })).ToContainTextAsync("Every day at 06:00 UTC");
        await BrowserApp.ScreenshotAsync(page, "feedback-sources-list");
    }

    [Fact]
    public async Task Css_selectors_for_a_review_site_are_tested_live_against_its_pages()
    {
        var page = await app.OpenAsync("/feedback/sources/new/html", WorkspaceRole.Admin);
        await page.GetByTestId("source-name").FillAsync("SwitchWise reviews");
        await page.GetByTestId("source-url").FillAsync($"{app.FilesUrl}/demo/broadband/reviews-html/page-1.html");
        await page.GetByTestId("source-url").BlurAsync();
        await page.GetByLabel("Use schema.org Review data").UncheckAsync();
        foreach (var (part, selector) in new[] { ("item", "div.review[data-review-id]"), ("text", ".review-text"), ("score", ".stars@data-rating"),
                     ("date", ".review-head time@datetime"), ("externalId", "@data-review-id"), ("exclude", ".business-reply") })
            await page.GetByTestId("html-" + part).FillAsync(selector);
        await page.GetByTestId("scale").SelectOptionAsync("Stars");
        await page.GetByTestId("test-preview").ClickAsync();

        var first = page.GetByTestId("preview-row").First;
        await Assertions.Expect(first).ToContainTextAsync("sw-");
        await Assertions.Expect(first).ToContainTextAsync("item 1");
        await Assertions.Expect(page.GetByTestId("preview-row")).ToHaveCountAsync(12);
        await Assertions.Expect(page.GetByTestId("preview")).Not.ToContainTextAsync("Northwind Fibre replied");
        await BrowserApp.ScreenshotAsync(page, "feedback-source-wizard-html");
    }

    [Fact]
    public async Task A_viewer_has_no_feedback_sources_link_and_the_page_refuses_them()
    {
        var page = await app.OpenAsync("/feedback/sources", WorkspaceRole.Viewer);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Facilitators and admins only" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-feedback-sources")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("source-row")).ToHaveCountAsync(0);
    }
}
