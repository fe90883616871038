using System.Net;
using System.Net.Http.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;

namespace JourneyStudio.Web.Tests.Maps;

public class MapCreationApiTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>, IAsyncLifetime
{
    private HttpClient client = default!;

    public async Task InitializeAsync() => client = await app.ClientAsAsync(WorkspaceRole.Facilitator);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_map_from_a_template_gets_the_template_stages_and_lanes()
    {
        var templates = (await (await client.GetAsync("/api/templates")).JsonAsync()).AsArray();
        Assert.True(templates.Count >= 2, "the seed data should bring two or more templates");
        var template = templates[0]!;
        var map = await client.CreateMapAsync(new { title = "From template", templateKey = template["key"]!.GetValue<string>() });
        Assert.Equal(template["blueprint"]!["stages"]!.AsArray().Count, map["stages"]!.AsArray().Count);
        Assert.Equal(template["blueprint"]!["lanes"]!.AsArray().Count, map["lanes"]!.AsArray().Count);
        Assert.Contains(template["title"]!.GetValue<string>(), map["createdFrom"]!.GetValue<string>());
    }

    [Fact]
    public async Task Creating_with_an_empty_title_or_unknown_template_names_the_field()
    {
        var empty = await client.PostAsJsonAsync("/api/maps", new { title = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull((await empty.JsonAsync())["errors"]!["title"]);

        var unknown = await client.PostAsJsonAsync("/api/maps", new { title = "x", templateKey = "no-such-template" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.JsonAsync())["errors"]!["templateKey"]);

        var badState = await client.PostAsync("/api/maps", new StringContent("{\"title\":\"x\",\"state\":\"Imaginary\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.NotNull((await badState.JsonAsync())["errors"]!["state"]);
    }

    [Fact]
    public async Task Duplicating_a_demo_map_copies_every_card_and_handoff_under_new_ids()
    {
        var maps = (await (await client.GetAsync("/api/maps")).JsonAsync()).AsArray();
        var source = await (await client.GetAsync($"/api/maps/{maps.First(m => m!["cards"]!.GetValue<int>() >= 60)!.Id()}")).JsonAsync();
        var response = await client.PostAsJsonAsync($"/api/maps/{source.Id()}/duplicate", new { title = "Workshop copy" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = await response.JsonAsync();
        Assert.Equal("Workshop copy", copy["title"]!.GetValue<string>());
        Assert.Equal(source["cards"]!.AsArray().Count, copy["cards"]!.AsArray().Count);
        Assert.Equal(source["handoffs"]!.AsArray().Count, copy["handoffs"]!.AsArray().Count);
        var sourceIds = source["cards"]!.AsArray().Select(c => c!.Id()).ToHashSet();
        Assert.DoesNotContain(copy["cards"]!.AsArray(), c => sourceIds.Contains(c!.Id()));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_maps_api()
    {
        var doc = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = doc["paths"]!.AsObject();
        Assert.Contains("/api/maps/{id}/commands", paths.Select(p => p.Key));
        Assert.Contains("/api/maps/{id}/history", paths.Select(p => p.Key));
    }

    [Fact]
    public async Task Health_reports_PostgreSQL_as_healthy()
    {
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.JsonAsync();
        Assert.Equal("Healthy", health["checks"]!["postgres"]!["status"]!.GetValue<string>());
    }
}
