using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Maps;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JourneyStudio.Benchmarks;

/// <summary>
/// The canvas in real Chromium against the app on a real port: how long a 1,000-card map takes to become usable, and
/// how long a dropped card takes to show in its new cell after the server round trip. Times are read inside the page
/// (performance.now after a forced layout), so Playwright's own messaging is not part of them.
/// </summary>
public sealed class CanvasBenchmarks : IAsyncDisposable
{
    private const int Stages = 10;
    private const int CardsPerCellOfTheSmallMap = 1;

    private readonly CanvasHost app;
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private CanvasBenchmarks(CanvasHost app, IPlaywright playwright, IBrowser browser) =>
        (this.app, this.playwright, this.browser) = (app, playwright, browser);

    public static async Task<CanvasBenchmarks> StartAsync()
    {
        var app = new CanvasHost();
        app.Start();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("JOURNEYSTUDIO_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new CanvasBenchmarks(app, playwright, browser);
    }

    /// <summary>
    /// From navigation start to the live canvas showing every card. Floor: the very markup that run produced, with its
    /// stylesheets but without scripts, served as a static page: what the browser alone needs for that many cards.
    /// </summary>
    public async Task FirstInteractiveRenderAsync(Report report, int cards, int runs)
    {
        var map = await MapWithCardsAsync(cards);
        var context = await SignedInContextAsync();
        await context.AddInitScriptAsync(ReadyWhenShown(cards, interactive: true));
        var ours = new List<double>();
        string html = "";
        for (var run = 0; run <= runs; run++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync($"/maps/{map}");
            var readyAt = await ReadyAtAsync(page);
            if (run == 0) html = await page.EvaluateAsync<string>(StaticCopy);
            else ours.Add(readyAt); // the first run warms the server and the HTTP cache
            await page.CloseAsync();
        }

        var floorContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1440, Height = 900 } });
        await floorContext.AddInitScriptAsync(ReadyWhenShown(cards, interactive: false));
        await floorContext.RouteAsync($"{app.BaseUrl}/benchmark/static-canvas", route => route.FulfillAsync(new() { ContentType = "text/html", Body = html }));
        var floor = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var page = await floorContext.NewPageAsync();
            await page.GotoAsync("/benchmark/static-canvas");
            var readyAt = await ReadyAtAsync(page);
            if (run > 0) floor.Add(readyAt);
            await page.CloseAsync();
        }
        await context.CloseAsync();
        await floorContext.CloseAsync();
        report.Add($"first interactive render of a {cards:N0}-card map (navigation → live canvas with every card, median of {runs})",
            Report.Median(ours), "ms", "the same markup and styles as a static page, no scripts", Report.Median(floor));
    }

    /// <summary>
    /// From the pointer going up over a cell to the card shown in that cell, after MoveCard went to the server, was
    /// decided, stored and rendered back. Floors: a bare Blazor round trip (a click that only selects a card, on a
    /// one-card map), and the same drop on a small map.
    /// </summary>
    public async Task DropCommitAsync(Report report, int cards, int drops)
    {
        var large = await DropLatenciesAsync(await MapWithCardsAsync(cards), drops);
        var small = await DropLatenciesAsync(await MapWithCardsAsync(Stages * 4 * CardsPerCellOfTheSmallMap), drops);
        var bare = await SelectLatenciesAsync(await MapWithCardsAsync(1), drops);
        report.Add($"drag-and-drop commit on a {cards:N0}-card map (pointer up → card in its new cell, median of {drops})",
            Report.Median(large), "ms", "bare Blazor round trip: a click that selects a card on a 1-card map", Report.Median(bare));
        report.Add($"the same drop, against the same drop on a small map", Report.Median(large), "ms",
            $"drag-and-drop commit on a {Stages * 4 * CardsPerCellOfTheSmallMap}-card map", Report.Median(small));
    }

    private async Task<List<double>> DropLatenciesAsync(Guid map, int drops)
    {
        var page = await OpenLiveAsync(map);
        var stages = await page.Locator(".stage-head[data-stage-id]").EvaluateAllAsync<string[]>("heads => heads.map(h => h.dataset.stageId)");
        var lane = await page.Locator(".cell[data-lane-id]").First.GetAttributeAsync("data-lane-id");
        ILocator Cell(string stage) => page.Locator($".cell[data-stage-id=\"{stage}\"][data-lane-id=\"{lane}\"]");

        var latencies = new List<double>();
        for (var drop = 0; drop <= drops; drop++)
        {
            // The first card of one cell goes to the top of the next one, and back, so every drop is a real move.
            var (from, to) = drop % 2 == 0 ? (stages[0], stages[1]) : (stages[1], stages[0]);
            // The canvas scrolls a dropped card into view; back at the top, both cells' first cards are in sight again.
            await page.EvaluateAsync("() => { document.querySelector('[data-viewport]').scrollTo(0, 0); window.scrollTo(0, 0); }");
            var card = Cell(from).Locator("[data-card-id]").First;
            var id = await card.GetAttributeAsync("data-card-id");
            await ExpectAsync(page, $".cell[data-stage-id=\"{to}\"][data-lane-id=\"{lane}\"] [data-card-id=\"{id}\"]", present: true);
            var source = (await card.BoundingBoxAsync())!;
            var target = (await Cell(to).BoundingBoxAsync())!;
            await page.Mouse.MoveAsync(source.X + source.Width / 2, source.Y + source.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(source.X + source.Width / 2 + 10, source.Y + source.Height / 2 + 5, new() { Steps = 2 });
            await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + 8, new() { Steps = 5 });
            await page.Mouse.UpAsync();
            var latency = await SeenAfterPointerUpAsync(page);
            if (drop > 0) latencies.Add(latency);
            // After the render the canvas scrolls the moved card into view; that must be over before the next drop aims.
            await page.WaitForTimeoutAsync(300);
        }
        await page.Context.CloseAsync();
        return latencies;
    }

    private async Task<List<double>> SelectLatenciesAsync(Guid map, int clicks)
    {
        var page = await OpenLiveAsync(map);
        var card = page.Locator("[data-card-id]").First;
        var id = await card.GetAttributeAsync("data-card-id");
        var emptyCell = page.Locator(".cell[data-stage-id]").Last;
        var latencies = new List<double>();
        for (var click = 0; click <= clicks; click++)
        {
            // Select the card, then click an empty cell to drop the selection: each click changes one class through the server.
            var selecting = click % 2 == 0;
            await ExpectAsync(page, $"[data-card-id=\"{id}\"].selected", present: selecting);
            await (selecting ? card : emptyCell).ClickAsync();
            var latency = await SeenAfterPointerUpAsync(page);
            if (click > 0) latencies.Add(latency);
        }
        await page.Context.CloseAsync();
        return latencies;
    }

    /// <summary>A blank map stretched to <see cref="Stages"/> stages, with the cards spread evenly over its non-emotion cells.</summary>
    private async Task<Guid> MapWithCardsAsync(int cards)
    {
        using var scope = app.Services.CreateScope();
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var workspace = (await session.Query<Workspace>().SingleAsync()).Catalog;
        var actor = new Actor(Guid.NewGuid(), "Benchmark");
        var ctx = new DecisionContext(actor, DateTimeOffset.UtcNow, workspace, Guid.NewGuid);
        var map = (await scope.ServiceProvider.GetRequiredService<MapCreator>().CreateAsync(new CreateMap($"{cards} cards"), null, ctx, CancellationToken.None)).Map;
        var writer = app.Services.GetRequiredService<MapWriter>();
        var extraStages = Enumerable.Range(map.Stages.Count + 1, Stages - map.Stages.Count).Select(i => (MapCommand)new AddStage($"Stage {i}")).ToList();
        map = (await writer.ApplyAsync(map.Id, extraStages, actor, workspace, CancellationToken.None))!.Map;

        var cells = (from lane in map.OrderedLanes where lane.Kind != LaneKind.Emotions from stage in map.OrderedStages select (stage.Id, lane.Id)).ToList();
        foreach (var batch in Enumerable.Range(0, cards).Chunk(100))
        {
            var commands = batch.Select(i => (MapCommand)new AddCard(cells[i % cells.Count].Item1, cells[i % cells.Count].Item2,
                $"Card {i}: a realistic sentence about what the customer does at this point")).ToList();
            await writer.ApplyAsync(map.Id, commands, actor, workspace, CancellationToken.None);
        }
        return map.Id;
    }

    private async Task<IBrowserContext> SignedInContextAsync()
    {
        var context = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(JourneyStudio.Testing.JourneyStudioApp.EmailFor(WorkspaceRole.Facilitator));
        await page.GetByLabel("Password").FillAsync(JourneyStudio.Testing.JourneyStudioApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByTestId("signed-in-as").WaitForAsync();
        await page.CloseAsync();
        return context;
    }

    private async Task<IPage> OpenLiveAsync(Guid map)
    {
        var page = await (await SignedInContextAsync()).NewPageAsync();
        await page.GotoAsync($"/maps/{map}");
        await page.Locator(".canvas[data-interactive=true]").WaitForAsync(new() { Timeout = 120_000 });
        await page.EvaluateAsync(TimingHooks);
        return page;
    }

    private static async Task<double> ReadyAtAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.__readyAt > 0", null, new() { Timeout = 120_000 });
        return await page.EvaluateAsync<double>("window.__readyAt");
    }

    private static Task ExpectAsync(IPage page, string selector, bool present) =>
        page.EvaluateAsync("([selector, present]) => window.__expect(selector, present)", new object[] { selector, present });

    private static async Task<double> SeenAfterPointerUpAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.__seenAt > 0", null, new() { Timeout = 60_000 });
        return await page.EvaluateAsync<double>("window.__seenAt - window.__pointerUpAt");
    }

    /// <summary>Records when the page first shows the cards (and, for the app, the live canvas), after layout.</summary>
    private static string ReadyWhenShown(int cards, bool interactive) => $$"""
        (() => {
            window.__readyAt = 0;
            const ready = () => ({{(interactive ? "true" : "false")}} ? !!document.querySelector('.canvas[data-interactive=true]') : true)
                && document.querySelectorAll('[data-testid=card]').length >= {{cards}};
            const observer = new MutationObserver(() => {
                if (!ready()) return;
                observer.disconnect();
                requestAnimationFrame(() => { document.body.getBoundingClientRect(); window.__readyAt = performance.now(); });
            });
            observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
        })()
        """;

    /// <summary>The page as rendered, without its scripts, to serve as a static copy.</summary>
    private const string StaticCopy = """
        () => {
            const copy = document.documentElement.cloneNode(true);
            copy.querySelectorAll('script').forEach(s => s.remove());
            return '<!DOCTYPE html>' + copy.outerHTML;
        }
        """;

    /// <summary>When the pointer last went up, and when a selector first matched (or stopped matching), after layout.</summary>
    private const string TimingHooks = """
        () => {
            window.addEventListener('pointerup', () => { window.__pointerUpAt = performance.now(); }, { capture: true });
            window.__expect = (selector, present) => {
                window.__seenAt = 0;
                const observer = new MutationObserver(() => {
                    if (!!document.querySelector(selector) !== present) return;
                    observer.disconnect();
                    requestAnimationFrame(() => { document.body.getBoundingClientRect(); window.__seenAt = performance.now(); });
                });
                observer.observe(document.querySelector('.canvas'), { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
            };
        }
        """;

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await app.DisposeAsync();
    }
}
