using System.Xml.Linq;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Canvas;

public class CanvasEditingTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>A new blank map (stages Awareness, Consideration, Purchase), opened on its canvas and ready for input.</summary>
    private async Task<IPage> NewBlankMapAsync(string title, WorkspaceRole role = WorkspaceRole.Facilitator)
    {
        var page = await app.OpenAsync("/", role);
        await page.GetByTestId("new-map").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Title").FillAsync(title);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create map" }).ClickAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        return page;
    }

    private static ILocator Cell(IPage page, string stage, string lane) =>
        page.GetByRole(AriaRole.Gridcell, new() { Name = $"{stage}, {lane}", Exact = true });

    private static ILocator Card(IPage page, string text) => page.GetByTestId("card").Filter(new() { HasText = text });

    /// <summary>Double-clicks a cell and types cards into it, one per Enter, the way a workshop scribe does.</summary>
    private static async Task AddCardsAsync(IPage page, ILocator cell, params string[] texts)
    {
        await cell.DblClickAsync();
        foreach (var text in texts)
        {
            var editor = page.GetByLabel("New card text");
            await Assertions.Expect(editor).ToBeFocusedAsync();
            await Assertions.Expect(editor).ToHaveValueAsync("");
            await editor.FillAsync(text);
            await editor.PressAsync("Enter");
            await Assertions.Expect(Card(page, text)).ToBeVisibleAsync();
        }
        var next = page.GetByLabel("New card text");
        await Assertions.Expect(next).ToHaveValueAsync("");
        await next.PressAsync("Escape");
        await Assertions.Expect(page.GetByLabel("New card text")).ToHaveCountAsync(0);
    }

    private static async Task<string> StageIdAsync(IPage page, string name) =>
        (await page.GetByTestId("stage-head").Filter(new() { HasText = name }).GetAttributeAsync("data-stage-id"))!;

    private static async Task<int> VersionAsync(IPage page) =>
        int.Parse((await page.Locator(".canvas").GetAttributeAsync("data-version"))!);

    private static async Task WaitForVersionAboveAsync(IPage page, int version) =>
        await page.WaitForFunctionAsync($"() => +document.querySelector('.canvas').dataset.version > {version}");

    [Fact]
    public async Task A_small_map_is_built_from_blank_by_mouse_and_survives_a_reload()
    {
        var page = await NewBlankMapAsync("Renewing a passport");

        await page.GetByTestId("add-stage").ClickAsync();
        var stageName = page.GetByLabel("Stage name");
        await stageName.FillAsync("Collect");
        await stageName.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("stage-head").Filter(new() { HasText = "Collect" })).ToBeVisibleAsync();

        // Enter opens the next card in the same cell, so a workshop can type a run of cards.
        await AddCardsAsync(page, Cell(page, "Awareness", "Touchpoints"), "Reminder letter six months before expiry", "Gov.uk renewal page");
        await AddCardsAsync(page, Cell(page, "Collect", "Customer actions"), "Picks the passport up at the post office");

        await Assertions.Expect(Cell(page, "Awareness", "Touchpoints").GetByTestId("card")).ToHaveCountAsync(2);
        await BrowserApp.ScreenshotAsync(page, "canvas-built-by-mouse");

        await page.ReloadAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Cell(page, "Awareness", "Touchpoints").GetByTestId("card")).ToHaveTextAsync(
            [new System.Text.RegularExpressions.Regex("Reminder letter"), new System.Text.RegularExpressions.Regex("Gov.uk renewal page")]);
        await Assertions.Expect(Card(page, "Picks the passport up")).ToBeVisibleAsync();
        Assert.Empty(app.CspViolations);
    }

    [Fact]
    public async Task A_map_is_built_and_edited_with_the_keyboard_alone()
    {
        var page = await NewBlankMapAsync("Keyboard only");
        await page.Locator(".canvas").FocusAsync();

        await page.Keyboard.PressAsync("ArrowDown"); // focus lands on the first cell
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.GetByLabel("New card text")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Searches for a provider");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Card(page, "Searches for a provider")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("New card text")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(Cell(page, "Awareness", "Customer actions").GetByTestId("card")).ToHaveTextAsync("Searches for a provider");

        // The new card is selected: F2 edits it, Alt+Right carries it to the next stage.
        await Assertions.Expect(page.Locator(".canvas")).ToBeFocusedAsync();
        await Assertions.Expect(Card(page, "Searches for a provider")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        await page.Keyboard.PressAsync("F2");
        await Assertions.Expect(page.GetByLabel("Card text", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" online");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Card(page, "Searches for a provider online")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Alt+ArrowRight");
        await Assertions.Expect(Cell(page, "Consideration", "Customer actions").GetByTestId("card")).ToHaveTextAsync("Searches for a provider online");

        await page.Keyboard.PressAsync("Control+d");
        await Assertions.Expect(Cell(page, "Consideration", "Customer actions").GetByTestId("card")).ToHaveCountAsync(2);
        await page.Keyboard.PressAsync("Delete");
        await Assertions.Expect(Cell(page, "Consideration", "Customer actions").GetByTestId("card")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "canvas-shortcuts");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_quick_run_of_keyboard_moves_lands_every_move()
    {
        // Each move is a call into the circuit plus render acknowledgements, well past the map hub's per-connection
        // rate; the circuit's own traffic must never be rationed by it, or a keystroke is silently lost.
        var page = await NewBlankMapAsync("Quick hands");
        await AddCardsAsync(page, Cell(page, "Awareness", "Customer actions"), "Calls the helpline");
        await Card(page, "Calls the helpline").ClickAsync();
        await page.Locator(".canvas").FocusAsync();
        var version = await VersionAsync(page);

        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync(i % 2 == 0 ? "Alt+ArrowRight" : "Alt+ArrowLeft");
            await WaitForVersionAboveAsync(page, version + i);
        }

        Assert.Equal(version + 40, await VersionAsync(page));
        await Assertions.Expect(Cell(page, "Awareness", "Customer actions").GetByTestId("card")).ToHaveTextAsync("Calls the helpline");
    }

    [Fact]
    public async Task Dragging_a_card_to_another_stage_is_undone_and_redone_and_persists()
    {
        var page = await NewBlankMapAsync("Drag and undo");
        await AddCardsAsync(page, Cell(page, "Awareness", "Customer actions"), "Sees a billboard");
        var card = Card(page, "Sees a billboard");
        await Assertions.Expect(card).ToBeVisibleAsync();

        var before = await VersionAsync(page);
        await DragAsync(page, card, Cell(page, "Purchase", "Customer actions"));
        await WaitForVersionAboveAsync(page, before);
        await Assertions.Expect(Cell(page, "Purchase", "Customer actions").GetByTestId("card")).ToHaveTextAsync("Sees a billboard");

        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(Cell(page, "Awareness", "Customer actions").GetByTestId("card")).ToHaveTextAsync("Sees a billboard");
        await page.Keyboard.PressAsync("Control+Shift+z");
        await Assertions.Expect(Cell(page, "Purchase", "Customer actions").GetByTestId("card")).ToHaveTextAsync("Sees a billboard");

        await page.ReloadAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Cell(page, "Purchase", "Customer actions").GetByTestId("card")).ToHaveTextAsync("Sees a billboard");
        await Assertions.Expect(Cell(page, "Awareness", "Customer actions").GetByTestId("card")).ToHaveCountAsync(0);

        // The history is read when it is opened, newest first.
        await page.GetByTestId("history-toggle").ClickAsync();
        var newest = page.GetByTestId("history-panel").Locator("ul li").First;
        await Assertions.Expect(newest).ToContainTextAsync("Sees a billboard");
        await Assertions.Expect(newest).ToContainTextAsync("Purchase");
    }

    [Fact]
    public async Task A_handoff_is_drawn_from_one_card_to_another_and_shows_in_the_SVG_export()
    {
        var page = await NewBlankMapAsync("Handoff drawing");
        await AddCardsAsync(page, Cell(page, "Awareness", "Touchpoints"), "Advert on the radio");
        await AddCardsAsync(page, Cell(page, "Purchase", "Touchpoints"), "Sales call");
        var from = Card(page, "Advert on the radio");
        await from.ClickAsync();
        var connector = page.Locator($"[data-connector-for]");
        await Assertions.Expect(connector).ToBeVisibleAsync();
        await DragAsync(page, connector, Card(page, "Sales call"));

        var arrow = page.Locator("[data-handoff-id] path.line");
        await Assertions.Expect(arrow).ToHaveCountAsync(1);
        await Assertions.Expect(arrow).ToHaveAttributeAsync("d", new System.Text.RegularExpressions.Regex("^M"));
        await BrowserApp.ScreenshotAsync(page, "canvas-handoff");

        var mapId = page.Url.Split("/maps/")[1].Split('?')[0];
        var svg = await page.APIRequest.GetAsync($"/api/maps/{mapId}/export.svg");
        Assert.True(svg.Ok, $"export answered {svg.Status}");
        var doc = XDocument.Parse(await svg.TextAsync());
        var words = string.Concat(doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value + " "));
        Assert.Contains("Awareness", words);
        Assert.Contains("Sales call", words);
        Assert.Contains("Handoff drawing", words);
        var handoff = Assert.Single(doc.Descendants(), e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "handoff");
        Assert.Contains(handoff.Descendants(), e => e.Name.LocalName == "path");
    }

    [Fact]
    public async Task A_handoff_is_drawn_with_the_keyboard_alone_and_Escape_drops_a_pending_one()
    {
        var page = await NewBlankMapAsync("Keyboard handoff");
        await AddCardsAsync(page, Cell(page, "Purchase", "Touchpoints"), "Sales call");
        // Leaving the run of new cards keeps the last one selected: the handoff starts there.
        await AddCardsAsync(page, Cell(page, "Awareness", "Touchpoints"), "Advert on the radio");
        var status = page.Locator(".selection-status");
        var pending = page.GetByTestId("pending-handoff");
        var before = await VersionAsync(page);

        await page.Keyboard.PressAsync("h");
        await Assertions.Expect(status).ToContainTextAsync("Handoff from 'Advert on the radio'");
        await Assertions.Expect(Card(page, "Advert on the radio")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("handoff-source"));
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(status).ToContainTextAsync("to 'Sales call': Enter connects");
        await Assertions.Expect(pending.Locator("path")).ToHaveAttributeAsync("d", new System.Text.RegularExpressions.Regex("^M"));
        await BrowserApp.ScreenshotAsync(page, "canvas-handoff-by-keyboard");
        await page.Keyboard.PressAsync("Enter");

        await WaitForVersionAboveAsync(page, before);
        await Assertions.Expect(pending).ToHaveCountAsync(0);
        var arrow = page.Locator("[data-handoff-id]");
        await Assertions.Expect(arrow).ToHaveCountAsync(1);
        var advert = Cell(page, "Awareness", "Touchpoints").GetByTestId("card");
        Assert.Equal(await Cell(page, "Purchase", "Touchpoints").GetByTestId("card").GetAttributeAsync("data-card-id"), await arrow.GetAttributeAsync("data-to"));
        Assert.Equal(await advert.GetAttributeAsync("data-card-id"), await arrow.GetAttributeAsync("data-from"));
        await Assertions.Expect(advert).ToContainTextAsync("Hands off to");

        // A second one, aimed and then dropped: nothing is written.
        var after = await VersionAsync(page);
        await page.Keyboard.PressAsync("h");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(pending).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(pending).ToHaveCountAsync(0);
        await Assertions.Expect(status).Not.ToContainTextAsync("Handoff from");
        await Assertions.Expect(page.Locator("[data-handoff-id]")).ToHaveCountAsync(1);
        Assert.Equal(after, await VersionAsync(page));
    }

    [Fact]
    public async Task An_emotion_point_is_dragged_to_another_stage_and_a_higher_score_in_one_undoable_step()
    {
        var page = await NewBlankMapAsync("Emotion drag");
        var row = page.GetByRole(AriaRole.Gridcell, new() { Name = "Emotions: emotion curve" });
        await row.DblClickAsync(new() { Position = new() { X = 136, Y = 40 } }); // inside the Awareness column
        var editor = page.GetByLabel("New emotion card text");
        await editor.FillAsync("Curious");
        await editor.PressAsync("Enter");
        await page.GetByLabel("New emotion card text").PressAsync("Escape");
        var point = page.GetByTestId("emotion-point");
        var awareness = await StageIdAsync(page, "Awareness");
        var purchase = await StageIdAsync(page, "Purchase");
        await Assertions.Expect(point).ToHaveAttributeAsync("data-stage-col", awareness);
        await Assertions.Expect(point).ToHaveAttributeAsync("data-score", "0");
        var before = await VersionAsync(page);

        // The label hangs off its dot; carrying it two score lines up and into the Purchase column carries the dot there.
        var from = (await point.BoundingBoxAsync())!;
        var zero = (await row.Locator("[data-score-line='0']").BoundingBoxAsync())!;
        var two = (await row.Locator("[data-score-line='2']").BoundingBoxAsync())!;
        var column = (await page.GetByTestId("stage-head").Filter(new() { HasText = "Purchase" }).BoundingBoxAsync())!;
        var (x, y) = (from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 10, y - 5, new() { Steps = 3 });
        await page.Mouse.MoveAsync(column.X + column.Width / 2, y + (two.Y - zero.Y), new() { Steps = 8 });
        await Assertions.Expect(page.Locator(".drag-ghost strong")).ToHaveTextAsync("+2");
        await BrowserApp.ScreenshotAsync(page, "canvas-emotion-drag");
        await page.Mouse.UpAsync();

        await WaitForVersionAboveAsync(page, before);
        await Assertions.Expect(point).ToHaveAttributeAsync("data-stage-col", purchase);
        await Assertions.Expect(point).ToHaveAttributeAsync("data-score", "2");

        // One drop is one step: a single undo takes back both the stage and the score.
        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(point).ToHaveAttributeAsync("data-stage-col", awareness);
        await Assertions.Expect(point).ToHaveAttributeAsync("data-score", "0");
        await page.Keyboard.PressAsync("Control+Shift+z");
        await Assertions.Expect(point).ToHaveAttributeAsync("data-score", "2");

        await page.ReloadAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(point).ToHaveAttributeAsync("data-stage-col", purchase);
        await Assertions.Expect(point).ToHaveAttributeAsync("data-score", "2");
    }

    [Fact]
    public async Task A_card_selected_where_its_panel_opens_is_brought_out_beside_the_panel()
    {
        var page = await NewBlankMapAsync("Reporting a lost card");
        await page.SetViewportSizeAsync(1100, 900);
        await AddCardsAsync(page, Cell(page, "Purchase", "Touchpoints"), "Card freeze in the app");
        var card = Card(page, "Card freeze in the app");

        await card.ClickAsync();

        var panel = page.GetByRole(AriaRole.Complementary, new() { Name = "Card details" });
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("""
            () => {
                const card = [...document.querySelectorAll('.card.selected')][0], panel = document.querySelector('.detail-panel');
                return card && panel && card.getBoundingClientRect().right <= panel.getBoundingClientRect().left;
            }
            """);
        await BrowserApp.ScreenshotAsync(page, "canvas-card-beside-panel");
    }

    [Fact]
    public async Task A_viewer_sees_the_canvas_but_cannot_add_or_move_cards()
    {
        var page = await app.OpenAsync("/", WorkspaceRole.Viewer);
        await page.GetByTestId("map-tile").First.GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        Assert.Equal("false", await page.Locator(".canvas").GetAttributeAsync("data-editable"));
        var before = await VersionAsync(page);
        var firstCell = page.Locator(".cell").First;
        await firstCell.DblClickAsync();
        await Assertions.Expect(page.GetByLabel("New card text")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("add-stage")).ToHaveCountAsync(0);
        await page.Locator(".canvas").FocusAsync();
        await page.Keyboard.PressAsync("n");
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.PressAsync("Delete");
        await page.ReloadAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        Assert.Equal(before, await VersionAsync(page));
    }

    [Fact]
    public async Task Zooming_changes_the_readout_and_zoom_to_fit_shows_the_whole_map()
    {
        var page = await app.OpenAsync("/", WorkspaceRole.Editor);
        // A demo map: eight stages, wider than the window.
        await page.GetByRole(AriaRole.Heading, new() { Name = "From free trial to paid plan", Exact = true }).ClickAsync();
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync();
        var readout = page.Locator("[data-zoom-readout]");
        await Assertions.Expect(readout).ToHaveTextAsync("100%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await Assertions.Expect(readout).ToHaveTextAsync("125%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom to fit" }).ClickAsync();
        var fitted = int.Parse((await readout.InnerTextAsync()).TrimEnd('%'));
        Assert.InRange(fitted, 25, 99);
        var viewport = await page.Locator("[data-viewport]").BoundingBoxAsync();
        await page.Mouse.MoveAsync(viewport!.X + 300, viewport.Y + 200);
        await page.Mouse.WheelAsync(0, -300);
        await Assertions.Expect(readout).Not.ToHaveTextAsync($"{fitted}%");
        await BrowserApp.ScreenshotAsync(page, "canvas-zoomed");
    }

    private static async Task DragAsync(IPage page, ILocator source, ILocator target)
    {
        var from = await BoxAsync(source);
        var to = await BoxAsync(target);
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + from.Width / 2 + 10, from.Y + from.Height / 2 + 5, new() { Steps = 3 });
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + Math.Min(to.Height / 2, 30), new() { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    /// <summary>
    /// Where an element is on screen. A render in flight (the echo of the last command) can replace it between being
    /// seen and being measured; the locator then finds its successor.
    /// </summary>
    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator element)
    {
        for (var attempt = 0; ; attempt++)
        {
            await element.WaitForAsync(new() { State = WaitForSelectorState.Visible });
            if (await element.BoundingBoxAsync() is { } box) return box;
            if (attempt == 10) throw new InvalidOperationException($"{element} stayed visible but could not be measured.");
            await Task.Delay(50);
        }
    }
}
