using System.Net;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;

namespace JourneyStudio.Web.Tests.Maps;

public class MapCommandsApiTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>, IAsyncLifetime
{
    private HttpClient client = default!;

    public async Task InitializeAsync() => client = await app.ClientAsAsync(WorkspaceRole.Facilitator);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(Guid Map, Guid Stage, Guid OtherStage, Guid NotesLane, Guid PainLane)> BlankMapAsync()
    {
        var map = await client.CreateMapAsync(new { title = "Test journey " + Guid.NewGuid().ToString("N")[..6] });
        var stages = map["stages"]!.AsArray();
        var lanes = map["lanes"]!.AsArray();
        Guid Lane(string kind) => lanes.First(l => l!["kind"]!.GetValue<string>() == kind)!.Id();
        return (map.Id(), stages[0]!.Id(), stages[1]!.Id(), Lane("Actions"), Lane("PainPoints"));
    }

    [Fact]
    public async Task A_command_answers_the_new_version_and_its_events_and_the_map_shows_it()
    {
        var (map, stage, _, lane, _) = await BlankMapAsync();
        var response = await client.CommandAsync(map, new { type = "AddCard", stageId = stage, laneId = lane, text = "Reads the fee table" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        var evt = body["events"]!.AsArray().Single()!;
        Assert.Equal("CardAdded", evt["type"]!.GetValue<string>());
        Assert.Equal(body["version"]!.GetValue<int>(), evt["version"]!.GetValue<int>());

        var reloaded = await (await client.GetAsync($"/api/maps/{map}")).JsonAsync();
        Assert.Contains(reloaded["cards"]!.AsArray(), c => c!["text"]!.GetValue<string>() == "Reads the fee table");
        Assert.Equal(body["version"]!.GetValue<int>(), reloaded["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_batch_is_all_or_nothing_and_the_error_names_the_command_and_field()
    {
        var (map, stage, _, lane, _) = await BlankMapAsync();
        var before = (await (await client.GetAsync($"/api/maps/{map}")).JsonAsync())["version"]!.GetValue<int>();
        var response = await client.CommandAsync(map, new object[]
        {
            new { type = "AddCard", stageId = stage, laneId = lane, text = "fine" },
            new { type = "AddCard", stageId = stage, laneId = lane, text = new string('x', 10_000) },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.NotNull(problem["errors"]!["commands[1].text"]);
        var after = await (await client.GetAsync($"/api/maps/{map}")).JsonAsync();
        Assert.Equal(before, after["version"]!.GetValue<int>());
        Assert.Empty(after["cards"]!.AsArray());
    }

    [Theory]
    [InlineData("{\"type\":\"Teleport\"}", "type", "not a command")]
    [InlineData("{\"cardId\":\"00000000-0000-0000-0000-000000000001\"}", "type", "needs a 'type'")]
    [InlineData("{\"type\":\"EditCardText\",\"cardId\":\"not-a-guid\",\"text\":\"x\"}", "cardId", "")]
    [InlineData("{\"type\":\"EditCardText\",\"text\":\"x\"}", "body", "cardId")]
    [InlineData("{\"type\":\"SetEmotionScore\",\"cardId\":\"00000000-0000-0000-0000-000000000001\",\"score\":\"high\"}", "score", "")]
    [InlineData("42", "body", "command object")]
    [InlineData("[]", "commands", "empty")]
    public async Task Malformed_commands_get_a_400_naming_the_field(string json, string field, string says)
    {
        var (map, _, _, _, _) = await BlankMapAsync();
        var response = await client.RawCommandAsync(map, json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        var errors = problem["errors"]!.AsObject();
        var entry = Assert.Single(errors);
        Assert.Equal(field, entry.Key);
        Assert.Contains(says, entry.Value!.AsArray()[0]!.GetValue<string>());
    }

    [Fact]
    public async Task Broken_json_is_a_400_not_a_crash()
    {
        var (map, _, _, _, _) = await BlankMapAsync();
        var response = await client.RawCommandAsync(map, "{\"type\": \"AddCard\", ");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_map_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/maps/{Guid.NewGuid()}")).StatusCode);
        var response = await client.CommandAsync(Guid.NewGuid(), new { type = "ArchiveMap" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Editing_a_card_someone_removed_is_a_409_that_says_what_was_removed()
    {
        var (map, stage, _, lane, _) = await BlankMapAsync();
        var added = await (await client.CommandAsync(map, new { type = "AddCard", stageId = stage, laneId = lane, text = "Calls the helpline" })).JsonAsync();
        var card = added["events"]![0]!["data"]!.Id("cardId");
        await client.CommandAsync(map, new { type = "RemoveCard", cardId = card });
        var response = await client.CommandAsync(map, new { type = "EditCardText", cardId = card, text = "late edit" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("'Calls the helpline' was removed", (await response.JsonAsync())["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_past_version_shows_the_map_as_it_was()
    {
        var (map, stage, other, lane, _) = await BlankMapAsync();
        var added = await (await client.CommandAsync(map, new { type = "AddCard", stageId = stage, laneId = lane, text = "v1 text" })).JsonAsync();
        var card = added["events"]![0]!["data"]!.Id("cardId");
        var atAdd = added["version"]!.GetValue<int>();
        await client.CommandAsync(map, new object[]
        {
            new { type = "EditCardText", cardId = card, text = "v2 text" },
            new { type = "MoveCard", cardId = card, stageId = other, laneId = lane },
        });

        var past = await (await client.GetAsync($"/api/maps/{map}?version={atAdd}")).JsonAsync();
        var pastCard = past["cards"]!.AsArray().Single()!;
        Assert.Equal(("v1 text", stage), (pastCard["text"]!.GetValue<string>(), pastCard.Id("stageId")));
        Assert.Equal(atAdd, past["version"]!.GetValue<int>());

        var now = await (await client.GetAsync($"/api/maps/{map}")).JsonAsync();
        var nowCard = now["cards"]!.AsArray().Single()!;
        Assert.Equal(("v2 text", other), (nowCard["text"]!.GetValue<string>(), nowCard.Id("stageId")));
    }

    [Fact]
    public async Task History_lists_who_did_what_newest_first_in_pages()
    {
        var (map, stage, other, lane, _) = await BlankMapAsync();
        var added = await (await client.CommandAsync(map, new { type = "AddCard", stageId = stage, laneId = lane, text = "Card declined" })).JsonAsync();
        var card = added["events"]![0]!["data"]!.Id("cardId");
        await client.CommandAsync(map, new { type = "MoveCard", cardId = card, stageId = other, laneId = lane });

        var page = await (await client.GetAsync($"/api/maps/{map}/history?pageSize=2")).JsonAsync();
        var entries = page["entries"]!.AsArray();
        Assert.Equal(2, entries.Count);
        Assert.Equal("CardMoved", entries[0]!["kind"]!.GetValue<string>());
        Assert.Matches("moved 'Card declined' to Consideration · Customer actions$", entries[0]!["summary"]!.GetValue<string>());
        Assert.True(page["total"]!.GetValue<int>() > 2);

        var bad = await client.GetAsync($"/api/maps/{map}/history?pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Archiving_hides_a_map_from_the_list_and_restoring_brings_it_back()
    {
        var (map, _, _, _, _) = await BlankMapAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/maps/{map}")).StatusCode);
        var active = await (await client.GetAsync("/api/maps")).JsonAsync();
        Assert.DoesNotContain(active.AsArray(), m => m!.Id() == map);
        var archived = await (await client.GetAsync("/api/maps?archived=true")).JsonAsync();
        Assert.Contains(archived.AsArray(), m => m!.Id() == map);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/maps/{map}/restore", null)).StatusCode);
        var again = await (await client.GetAsync("/api/maps")).JsonAsync();
        Assert.Contains(again.AsArray(), m => m!.Id() == map);
    }
}
