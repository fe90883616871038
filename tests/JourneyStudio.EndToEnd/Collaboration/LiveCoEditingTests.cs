using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Collaboration;

public class LiveCoEditingTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator Cell(IPage page, string stage, string lane) =>
        page.GetByRole(AriaRole.Gridcell, new() { Name = $"{stage}, {lane}", Exact = true });

    private static ILocator Card(IPage page, string text) => page.GetByTestId("card").Filter(new() { HasText = text });

    private async Task<(IPage Ana, IPage Ben, string Path)> TwoPeopleOnANewMapAsync(string title, WorkspaceRole second = WorkspaceRole.Editor)
    {
        var ana = await app.OpenAsync("/", WorkspaceRole.Facilitator);
        await ana.GetByTestId("new-map").ClickAsync();
        var dialog = ana.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Title").FillAsync(title);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create map" }).ClickAsync();
        await ana.Locator(".canvas[data-interactive=true]").WaitForAsync();
        var path = new Uri(ana.Url).PathAndQuery;
        var ben = await app.OpenAsync(path, second);
        await ben.Locator(".canvas[data-interactive=true]").WaitForAsync();
        foreach (var page in new[] { ana, ben })
            await Assertions.Expect(page.GetByTestId("live-status")).ToHaveAttributeAsync("data-status", "live");
        return (ana, ben, path);
    }

    private static async Task AddCardAsync(IPage page, string stage, string lane, string text)
    {
        await Cell(page, stage, lane).DblClickAsync();
        var editor = page.GetByLabel("New card text");
        await Assertions.Expect(editor).ToBeFocusedAsync();
        await editor.FillAsync(text);
        await editor.PressAsync("Enter");
        await Assertions.Expect(Card(page, text)).ToBeVisibleAsync();
        var next = page.GetByLabel("New card text");
        await Assertions.Expect(next).ToBeFocusedAsync();
        await next.PressAsync("Escape");
        await Assertions.Expect(page.GetByLabel("New card text")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Someone_with_the_map_open_in_two_windows_is_one_person_in_the_room()
    {
        var (ana, ben, path) = await TwoPeopleOnANewMapAsync("Workshop: two windows");
        var benAgain = await app.OpenAsync(path, WorkspaceRole.Editor);
        await Assertions.Expect(benAgain.GetByTestId("live-status")).ToHaveAttributeAsync("data-status", "live");

        await Assertions.Expect(ana.GetByTestId("presence-avatar")).ToHaveCountAsync(1);
        await Assertions.Expect(ana.GetByTestId("presence-avatar")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("in 2 windows"));
        await Assertions.Expect(ana.Locator(".live-count")).ToHaveTextAsync("2 here");
        // Ben's windows show Ana, not Ben himself.
        foreach (var window in new[] { ben, benAgain })
        {
            await Assertions.Expect(window.GetByTestId("presence-avatar")).ToHaveCountAsync(1);
            await Assertions.Expect(window.Locator(".live-count")).ToHaveTextAsync("2 here");
        }
    }

    [Fact]
    public async Task Two_people_see_each_others_cards_moves_cursors_and_selections()
    {
        var (ana, ben, _) = await TwoPeopleOnANewMapAsync("Workshop: claims journey");
        await Assertions.Expect(ana.GetByTestId("presence-avatar")).ToHaveCountAsync(1);
        await Assertions.Expect(ben.GetByTestId("presence-avatar")).ToHaveCountAsync(1);

        await AddCardAsync(ana, "Awareness", "Customer actions", "Reports the claim by phone");
        await Assertions.Expect(Cell(ben, "Awareness", "Customer actions").GetByTestId("card")).ToHaveTextAsync("Reports the claim by phone");

        await AddCardAsync(ben, "Consideration", "Touchpoints", "Claim status page");
        await Assertions.Expect(Card(ana, "Claim status page")).ToBeVisibleAsync();

        // Ben carries Ana's card to the next stage; Ana sees it move.
        await Card(ben, "Reports the claim").ClickAsync();
        await Assertions.Expect(Card(ben, "Reports the claim")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        await ben.Keyboard.PressAsync("Alt+ArrowRight");
        await Assertions.Expect(Cell(ana, "Consideration", "Customer actions").GetByTestId("card")).ToHaveTextAsync("Reports the claim by phone");

        // Ana sees where Ben's pointer is and what he has selected, marked in his colour.
        var target = Cell(ben, "Purchase", "Touchpoints");
        var box = (await target.BoundingBoxAsync())!;
        await ben.Mouse.MoveAsync(box.X + 40, box.Y + 30);
        await ben.Mouse.MoveAsync(box.X + 60, box.Y + 40);
        await Assertions.Expect(ana.Locator("[data-remote-cursor]")).ToBeVisibleAsync();
        await Assertions.Expect(ana.Locator("[data-remote-selection]")).ToHaveCountAsync(1);
        var cardId = await Card(ana, "Reports the claim").GetAttributeAsync("data-card-id");
        Assert.Equal(cardId, await ana.Locator("[data-remote-selection]").GetAttributeAsync("data-remote-selection"));

        // Both canvases end on the same version.
        await Assertions.Expect(ana.Locator(".canvas")).ToHaveAttributeAsync("data-version", (await ben.Locator(".canvas").GetAttributeAsync("data-version"))!);
        await BrowserApp.ScreenshotAsync(ana, "live-two-people");
        Assert.Empty(app.CspViolations);
    }

    [Fact]
    public async Task Editing_a_card_someone_else_removes_shows_a_clear_notice()
    {
        var (ana, ben, _) = await TwoPeopleOnANewMapAsync("Removed under the pen");
        await AddCardAsync(ana, "Awareness", "Customer actions", "Compares tariffs");
        await Card(ana, "Compares tariffs").DblClickAsync();
        await Assertions.Expect(ana.GetByLabel("Card text", new() { Exact = true })).ToBeFocusedAsync();
        await Assertions.Expect(ben.Locator("[data-remote-editing]")).ToHaveCountAsync(1);

        await Card(ben, "Compares tariffs").ClickAsync();
        await ben.Keyboard.PressAsync("Delete");

        var notice = ana.GetByTestId("canvas-notice");
        await Assertions.Expect(notice).ToContainTextAsync("was removed by");
        await Assertions.Expect(notice).ToContainTextAsync("Compares tariffs");
        await Assertions.Expect(ana.GetByLabel("Card text", new() { Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_facilitator_leads_and_everyone_follows_their_view()
    {
        var (ana, ben, _) = await TwoPeopleOnANewMapAsync("Lead the room");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Lead the room" }).ClickAsync();
        await Assertions.Expect(ben.GetByText("Following Felix")).ToBeVisibleAsync();
        await Assertions.Expect(ana.GetByText("Everyone follows your view")).ToBeVisibleAsync();

        await ana.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).ClickAsync();
        var anaZoom = await ana.Locator("[data-zoom-readout]").TextContentAsync();
        await Assertions.Expect(ben.Locator("[data-zoom-readout]")).ToHaveTextAsync(anaZoom!);

        await ben.GetByRole(AriaRole.Button, new() { Name = "Stop following" }).ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await Task.Delay(300);
        await Assertions.Expect(ben.Locator("[data-zoom-readout]")).ToHaveTextAsync(anaZoom!);
        await BrowserApp.ScreenshotAsync(ben, "live-following");
    }

    [Fact]
    public async Task The_history_lists_who_changed_what_and_a_past_version_can_be_restored()
    {
        var (ana, ben, path) = await TwoPeopleOnANewMapAsync("History and restore");
        await AddCardAsync(ana, "Awareness", "Customer actions", "Sees an advert");
        var before = int.Parse((await ana.Locator(".canvas").GetAttributeAsync("data-version"))!);
        await AddCardAsync(ben, "Consideration", "Customer actions", "Asks a friend");

        await ana.GetByTestId("history-toggle").ClickAsync();
        var panel = ana.GetByTestId("history-panel");
        await Assertions.Expect(panel).ToContainTextAsync("added the note 'Asks a friend'");
        await Assertions.Expect(panel).ToContainTextAsync("added the note 'Sees an advert'");
        await BrowserApp.ScreenshotAsync(ana, "live-history");

        await ana.GotoAsync($"{path}?version={before}&history=open");
        await Assertions.Expect(ana.GetByText($"You are looking at version {before}")).ToBeVisibleAsync();
        await Assertions.Expect(Card(ana, "Asks a friend")).ToHaveCountAsync(0);
        await ana.GetByTestId("restore-version").ClickAsync();

        await Assertions.Expect(ana.GetByText("You are looking at version")).ToHaveCountAsync(0);
        await ana.Locator(".canvas[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Card(ana, "Sees an advert")).ToBeVisibleAsync();
        await Assertions.Expect(Card(ana, "Asks a friend")).ToHaveCountAsync(0);
        // Ben's open canvas follows the restore, and the history keeps every version.
        await Assertions.Expect(Card(ben, "Asks a friend")).ToHaveCountAsync(0);
        await Assertions.Expect(ana.GetByTestId("history-panel")).ToContainTextAsync($"restored the map to version {before}");
        await Assertions.Expect(ana.GetByTestId("history-panel")).ToContainTextAsync("added the note 'Asks a friend'");
    }
}
