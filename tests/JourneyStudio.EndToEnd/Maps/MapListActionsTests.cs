using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Maps;

public class MapListActionsTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> OpenListAsync()
    {
        var page = await app.OpenAsync("/");
        return page;
    }

    [Fact]
    public async Task Creating_a_map_from_a_template_opens_it_with_the_template_stages()
    {
        var page = await OpenListAsync();
        await page.GetByTestId("new-map").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Title").FillAsync("Renewing home insurance");
        await dialog.GetByText("Workshop starter").ClickAsync();
        await BrowserApp.ScreenshotAsync(page, "new-map-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create map" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Renewing home insurance" })).ToBeVisibleAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        Assert.True(await page.GetByTestId("stage-head").CountAsync() >= 5);
    }

    [Fact]
    public async Task An_empty_title_is_refused_in_the_dialog_without_creating_anything()
    {
        var page = await OpenListAsync();
        var before = await page.GetByTestId("map-tile").CountAsync();
        await page.GetByTestId("new-map").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create map" }).ClickAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("title must not be empty");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        Assert.Equal(before, await page.GetByTestId("map-tile").CountAsync());
    }

    [Fact]
    public async Task Search_narrows_the_list_and_archive_and_restore_move_a_map_between_views()
    {
        var page = await OpenListAsync();
        await page.GetByLabel("Search maps").FillAsync("no such journey anywhere");
        await Assertions.Expect(page.GetByTestId("map-tile")).ToHaveCountAsync(0);
        await page.GetByLabel("Search maps").FillAsync("fibre MOVING");
        var tile = page.GetByTestId("map-tile");
        await Assertions.Expect(tile).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Duplicate Moving home with Northwind Fibre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Copy of Moving home with Northwind Fibre" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Archive Copy of Moving home with Northwind Fibre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Copy of Moving home with Northwind Fibre" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Archived" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Copy of Moving home with Northwind Fibre" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("map-tile")).ToHaveCountAsync(0);
        Assert.Empty(app.CspViolations);
    }
}
