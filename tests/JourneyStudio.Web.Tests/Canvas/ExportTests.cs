using System.Net;
using System.Xml.Linq;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace JourneyStudio.Web.Tests.Canvas;

/// <summary>GET /api/maps/{id}/export.svg and .png through the real app, as the workspace's members and as an outsider.</summary>
public class ExportTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string Artifacts = Path.Combine(Path.GetTempPath(), "journeystudio-artifacts");

    [Fact]
    public async Task A_viewer_exports_a_demo_map_as_SVG_with_every_stage_and_card()
    {
        var map = await DemoMapAsync();
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);

        var response = await viewer.GetAsync($"/api/maps/{map.Id}/export.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=\"opening-a-current-account-v{map.Version}.svg\"", response.Content.Headers.ContentDisposition?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        var svg = XDocument.Parse(text).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal($"0 0 {svg.Attribute("width")!.Value} {svg.Attribute("height")!.Value}", svg.Attribute("viewBox")!.Value);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToHashSet();
        Assert.Contains(map.Title, texts);
        Assert.All(map.Stages, s => Assert.Contains(s.Name, texts));
        Assert.All(map.Lanes, l => Assert.Contains(l.Name, texts));
        var drawn = svg.Descendants(Svg + "g").Select(g => (string?)g.Attribute("data-id")).OfType<string>().ToHashSet();
        Assert.All(map.Cards, c => Assert.Contains(c.Id.ToString(), drawn));
        Assert.All(map.Handoffs, h => Assert.Contains(h.Id.ToString(), drawn));
        Save("export-example.svg", System.Text.Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public async Task Card_text_with_markup_comes_out_as_text_in_the_SVG()
    {
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var mapId = (await facilitator.CreateMapAsync(new { title = "Markup <b>check</b> & co" })).Id();
        var (stage, lane, card) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var text = "<script>alert('x')</script> **Bold** claim with [a link](https://example.com/x?a=1&b=2) & <img src=x onerror=alert(1)>";
        var added = await facilitator.CommandAsync(mapId, new object[]
        {
            new { type = "AddStage", name = "Stage <i>one</i>", stageId = stage },
            new { type = "AddLane", name = "Notes", kind = "Thoughts", laneId = lane },
            new { type = "AddCard", stageId = stage, laneId = lane, text, cardId = card },
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var version = (await added.JsonAsync())["version"]!.GetValue<int>();

        var response = await facilitator.GetAsync($"/api/maps/{mapId}/export.svg");

        var raw = await response.Content.ReadAsStringAsync();
        var svg = XDocument.Parse(raw).Root!;
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "img" or "b" or "i" or "foreignObject");
        Assert.DoesNotContain("<script", raw);
        var cardGroup = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-id") == card.ToString());
        var words = string.Join(" ", cardGroup.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Equal("<script>alert('x')</script> Bold claim with a link & <img src=x onerror=alert(1)>", words);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Markup <b>check</b> & co");
        Assert.Equal($"attachment; filename=\"markup-b-check-b-co-v{version}.svg\"", response.Content.Headers.ContentDisposition?.ToString());
    }

    [Fact]
    public async Task The_PNG_is_a_real_image_sized_to_the_map()
    {
        var map = await DemoMapAsync();
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        var svg = XDocument.Parse(await viewer.GetStringAsync($"/api/maps/{map.Id}/export.svg")).Root!;

        var response = await viewer.GetAsync($"/api/maps/{map.Id}/export.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=\"opening-a-current-account-v{map.Version}.png\"", response.Content.Headers.ContentDisposition?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Save("export-example.png", bytes);
        using var image = SKBitmap.Decode(bytes);
        Assert.NotNull(image);
        var (svgWidth, svgHeight) = (float.Parse(svg.Attribute("width")!.Value), float.Parse(svg.Attribute("height")!.Value));
        Assert.InRange(image.Width, svgWidth * 2 - 2, svgWidth * 2 + 2);
        // Text wraps with Skia's real glyph widths in the PNG and approximate ones in the SVG, so heights differ a little.
        Assert.InRange(image.Height, svgHeight * 2 * 0.9, svgHeight * 2 * 1.1);
        var colours = new HashSet<SKColor>();
        for (var y = 0; y < image.Height; y += 37)
            for (var x = 0; x < image.Width; x += 41)
                colours.Add(image.GetPixel(x, y));
        Assert.True(colours.Count > 20, $"only {colours.Count} colours: the image looks blank");
    }

    [Fact]
    public async Task A_member_of_another_workspace_gets_404()
    {
        var map = await DemoMapAsync();
        var outsider = await app.OutsiderAsync(WorkspaceRole.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/maps/{map.Id}/export.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/maps/{map.Id}/export.png")).StatusCode);
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/maps/{Guid.NewGuid()}/export.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/maps/{map.Id}/export.png")).StatusCode);
    }

    [Fact]
    public async Task A_past_version_can_be_exported()
    {
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var mapId = (await facilitator.CreateMapAsync(new { title = "Time travel" })).Id();
        var stage = Guid.NewGuid();
        var before = await VersionAfterAsync(facilitator, mapId, new { type = "AddStage", name = "Before the change", stageId = stage });
        var after = await VersionAfterAsync(facilitator, mapId, new { type = "RenameStage", stageId = stage, name = "After the change" });

        var past = await facilitator.GetAsync($"/api/maps/{mapId}/export.svg?version={before}");
        var now = await facilitator.GetAsync($"/api/maps/{mapId}/export.svg");
        var pastPng = await facilitator.GetAsync($"/api/maps/{mapId}/export.png?version={before}");

        Assert.Equal($"attachment; filename=\"time-travel-v{before}.svg\"", past.Content.Headers.ContentDisposition?.ToString());
        var pastTexts = XDocument.Parse(await past.Content.ReadAsStringAsync()).Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Before the change", pastTexts);
        Assert.DoesNotContain("After the change", pastTexts);
        Assert.Equal($"attachment; filename=\"time-travel-v{after}.svg\"", now.Content.Headers.ContentDisposition?.ToString());
        Assert.Contains("After the change", await now.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, pastPng.StatusCode);
        Assert.Equal($"attachment; filename=\"time-travel-v{before}.png\"", pastPng.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"/api/maps/{mapId}/export.svg?version=0")).StatusCode);
    }

    private static async Task<int> VersionAfterAsync(HttpClient client, Guid mapId, object command)
    {
        var response = await client.CommandAsync(mapId, command);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync())["version"]!.GetValue<int>();
    }

    private async Task<JourneyMap> DemoMapAsync()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<JourneyMap>().ToListAsync()).Single(m => m.Title == "Opening a current account");
    }

    private static void Save(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Artifacts);
        File.WriteAllBytes(Path.Combine(Artifacts, name), bytes);
    }
}
