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
    public async Task A_demo_map_opens_as_a_grid_with_its_emotion_curve()
    {
        var page = await app.OpenAsync("/");
        var title = DemoTitles().First();
        // A click while the list turns interactive can land on the prerendered tile as it is replaced (CI saw it once).
        await page.Locator(".page[data-interactive=true]").WaitForAsync();
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
