using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Testing;
using JourneyStudio.Web.Maps;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Accounts;

/// <summary>Script in user-supplied text must stay text: a page hook counts any payload that runs.</summary>
public class XssTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Payloads =
        "<script>window.__xss.push('script')</script><img src=x onerror=\"window.__xss.push('img')\">" +
        "<svg onload=\"window.__xss.push('svg')\"></svg><a href=\"javascript:window.__xss.push('link')\">click</a>";

    [Fact]
    public async Task Script_in_card_text_and_a_persona_name_renders_as_inert_text()
    {
        var mapId = await MapWithPayloadsAsync();
        var page = await app.OpenAsync("/");
        await page.AddInitScriptAsync("window.__xss = [];");
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        await page.GotoAsync($"/maps/{mapId}");

        var card = page.GetByTestId("card").Filter(new() { HasText = "<script>" });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("<img src=x onerror", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".persona strong")).ToContainTextAsync("<script>");

        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__xss.length"));
        Assert.Equal(0, await page.Locator("article[data-testid=card] img, article[data-testid=card] svg, article[data-testid=card] script").CountAsync());
        Assert.Equal(0, dialogs);
        Assert.Empty(app.CspViolations);
        await BrowserApp.ScreenshotAsync(page, "xss-inert");
    }

    private async Task<Guid> MapWithPayloadsAsync()
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        Workspace workspace;
        await using (var session = store.LightweightSession())
        {
            workspace = await session.Query<Workspace>().SingleAsync();
            workspace.Personas.Add(new Persona(Guid.NewGuid(), "Mallory <script>window.__xss.push('persona')</script>", "Attacker", Payloads, [], [], [Payloads]));
            session.Store(workspace);
            await session.SaveChangesAsync();
        }
        var persona = workspace.Personas[^1].Id;
        var writer = app.Services.GetRequiredService<MapWriter>();
        var creator = new MapCreator(writer, new Web.Maps.Templates.TemplateCatalog(store.QuerySession()));
        var ctx = new DecisionContext(new Actor(Guid.NewGuid(), "Mallory <b>"), DateTimeOffset.UtcNow, workspace.Catalog, Guid.NewGuid);
        var map = (await creator.CreateAsync(new CreateMap("XSS probe", MapState.Current, persona, Payloads, Payloads), null, ctx, CancellationToken.None)).Map;
        var lane = map.OrderedLanes.First(l => l.Kind == LaneKind.Actions);
        await writer.ApplyAsync(map.Id, [new AddCard(map.OrderedStages.First().Id, lane.Id, Payloads, Tags: ["<script>x</script>"])], ctx.By, workspace.Catalog, CancellationToken.None);
        return map.Id;
    }
}
