using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Sharing;

public class SharePanelTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_facilitator_shares_a_map_read_only_with_someone_outside_and_revoking_the_link_shuts_it()
    {
        var facilitator = await app.OpenAsync("/", WorkspaceRole.Facilitator);
        await facilitator.GetByTestId("map-tile").First.GetByRole(AriaRole.Link).ClickAsync();
        var panel = facilitator.Locator("details.share[data-interactive=true]");
        await panel.WaitForAsync();
        var title = await facilitator.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        await panel.GetByText("Share read-only link").ClickAsync();
        await panel.GetByLabel("Link lasts").SelectOptionAsync("7");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Create link" }).ClickAsync();
        var link = await panel.GetByTestId("share-link").InputValueAsync();
        Assert.Contains("/share/", link);
        // Shown once, so it is copied in one click.
        await facilitator.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await panel.GetByTestId("copy-share-link").ClickAsync();
        await Assertions.Expect(panel.GetByTestId("copy-share-link")).ToHaveTextAsync("Copied ✓");
        Assert.Equal(link, await facilitator.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Assertions.Expect(panel.GetByTestId("share-link-row").First).ToContainTextAsync("Active");
        await BrowserApp.ScreenshotAsync(facilitator, "share-panel");

        // Someone with no account opens it: the map, read-only, no sign-in, no workspace chrome.
        var outsider = await app.NewPageAsync();
        var failed = new List<string>();
        outsider.Response += (_, r) => { if (r.Status >= 400) failed.Add($"{r.Status} {r.Url}"); };
        await outsider.GotoAsync(link);
        await Assertions.Expect(outsider.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeVisibleAsync();
        Assert.True(await outsider.GetByTestId("card").CountAsync() > 0);
        await Assertions.Expect(outsider.GetByTestId("signed-in-as")).ToHaveCountAsync(0);
        await Assertions.Expect(outsider.GetByTestId("new-map")).ToHaveCountAsync(0);
        await outsider.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(failed);
        await BrowserApp.ScreenshotAsync(outsider, "shared-map");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(panel.GetByTestId("share-link-row").First).ToContainTextAsync("Revoked");

        var response = await outsider.ReloadAsync();
        Assert.Equal(410, response!.Status);
        await Assertions.Expect(outsider.GetByRole(AriaRole.Heading, new() { Name = "This link no longer works" })).ToBeVisibleAsync();
        await Assertions.Expect(outsider.GetByText(title)).ToHaveCountAsync(0);
        Assert.Empty(app.CspViolations);
    }

    [Fact]
    public async Task An_editor_is_not_offered_share_links()
    {
        var editor = await app.OpenAsync("/", WorkspaceRole.Editor);
        await editor.GetByTestId("map-tile").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("card").First).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByText("Share read-only link")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_pages_ask_for_sign_in_again()
    {
        var page = await app.OpenAsync("/", WorkspaceRole.Viewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/signin"));
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/signin"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
