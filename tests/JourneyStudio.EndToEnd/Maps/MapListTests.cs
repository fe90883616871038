using System.Text.Json;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Maps;

public class MapListTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static IReadOnlyList<string> DemoTitles()
    {
        return Directory.GetFiles(Path.Combine(JourneyStudioApp.SeedData, "maps"), "*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("title").GetString()!)
            .ToList();
    }

    [Fact]
    public async Task The_map_list_lists_the_demo_maps()
    {
        var page = await app.OpenAsync("/");
        var tiles = page.GetByTestId("map-tile");
        await Assertions.Expect(tiles.First).ToBeVisibleAsync();
        var titles = DemoTitles();
        Assert.True(titles.Count >= 3, "seed-data/maps should hold at least three maps");
        foreach (var title in titles)
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "map-list");
    }

    [Fact]
    public async Task The_map_list_stays_on_screen_while_it_turns_interactive()
    {
        var page = await app.OpenAsync("/");
        await page.AddInitScriptAsync("""
            window.loadingSeen = false;
            new MutationObserver(() => { if (document.querySelector('.page .loading')) window.loadingSeen = true; })
                .observe(document, { childList: true, subtree: true });
            """);
        await page.ReloadAsync();
        await page.Locator(".page[data-interactive=true]").WaitForAsync();

        Assert.False(await page.EvaluateAsync<bool>("window.loadingSeen"), "the prerendered tiles gave way to 'Loading maps…'");
        await Assertions.Expect(page.GetByTestId("new-map")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No persona")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1500)]
    public async Task A_map_clicked_while_the_list_is_still_connecting_opens_and_works(int connectDelayMs)
    {
        // Signing in lands on the list, whose circuit is still connecting (slowly, on a slow network) when the user clicks.
        var page = await app.NewPageAsync();
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await Task.Delay(connectDelayMs);
            await route.ContinueAsync();
        });
        await page.GotoAsync("/signin?returnUrl=%2F");
        await page.GetByLabel("Email").FillAsync(BrowserApp.EmailFor(JourneyStudio.Domain.Accounts.WorkspaceRole.Viewer));
        await page.GetByLabel("Password").FillAsync(BrowserApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var title = DemoTitles()[0];
        await page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeVisibleAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync(new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task A_demo_map_opens_as_a_grid_with_its_emotion_curve()
    {
        var page = await app.OpenAsync("/");
        var title = DemoTitles().First();
        await page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeVisibleAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        Assert.InRange(await page.GetByTestId("stage-head").CountAsync(), 6, 8);
        Assert.True(await page.GetByTestId("lane-head").CountAsync() >= 8);
        Assert.True(await page.GetByTestId("card").CountAsync() >= 40);
        Assert.True(await page.GetByTestId("emotion-point").CountAsync() >= 6);
        await BrowserApp.ScreenshotAsync(page, "map-page");
    }
}
