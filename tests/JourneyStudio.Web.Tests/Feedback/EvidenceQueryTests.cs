using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;

namespace JourneyStudio.Web.Tests.Feedback;

/// <summary>
/// The explorer's and the evidence panel's queries over a small import (seed-data/feedback/test-inputs/evidence.csv):
/// two items about notifications in one week and one in the next, one about spending insights, one unmatched.
/// Every assertion keeps to this class's own source, as the feedback app is shared.
/// </summary>
[Collection(FeedbackAppCollection.Name)]
public class EvidenceQueryTests(FeedbackApp app)
{
    private static readonly Guid Bank = Web.Seeding.SeedIds.For("northwind", "map", "bank-current-account");
    private static readonly Guid Notifications = FeedbackApp.Card("bank-current-account", "t-us-notif");
    private static readonly Guid Insights = FeedbackApp.Card("bank-current-account", "t-us-app");
    // xunit makes a class instance per test: the import is done once per app and shared, as no test here changes it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FeedbackApp, Task<Guid>> Sources = new();

    private Task<Guid> SourceAsync() => Sources.GetValue(app, ImportAsync);

    private static async Task<Guid> ImportAsync(FeedbackApp app)
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "Evidence probe", kind = "Csv", url = app.File("feedback/test-inputs/evidence.csv"),
            scale = new { kind = "Csat", min = 1, max = 5 },
            fields = new { text = "text", score = "score", externalId = "id", date = "date", channel = "channel" },
        });
        Assert.Equal(5, run.Count("new"));
        return sourceId;
    }

    private async Task<JsonNode> GetAsync(string path, WorkspaceRole role = WorkspaceRole.Viewer)
    {
        var response = await (await app.ClientAsAsync(role)).GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static string[] Ids(JsonNode page) => page["items"]!.AsArray().Select(i => i!["externalId"]!.GetValue<string>()).Order().ToArray();

    [Fact]
    public async Task Explorer_filters_narrow_by_journey_stage_touchpoint_score_date_and_text()
    {
        var s = await SourceAsync();
        var use = (await GetAsync($"/api/maps/{Bank}"))["stages"]!.AsArray().Single(x => x!["name"]!.GetValue<string>() == "Everyday use")!.Id();
        var onboarding = (await GetAsync($"/api/maps/{Bank}"))["stages"]!.AsArray().Single(x => x!["name"]!.GetValue<string>() == "Onboarding")!.Id();

        Assert.Equal(["E1", "E2", "E3", "E4", "E5"], Ids(await app.ItemsAsync($"sourceId={s}")));
        Assert.Equal(["E1", "E2", "E3", "E4"], Ids(await app.ItemsAsync($"sourceId={s}&mapId={Bank}")));
        Assert.Equal(["E1", "E2", "E3", "E4"], Ids(await app.ItemsAsync($"sourceId={s}&mapId={Bank}&stageId={use}")));
        Assert.Empty(Ids(await app.ItemsAsync($"sourceId={s}&mapId={Bank}&stageId={onboarding}")));
        Assert.Equal(["E1", "E2", "E3"], Ids(await app.ItemsAsync($"sourceId={s}&cardId={Notifications}")));
        Assert.Equal(["E4"], Ids(await app.ItemsAsync($"sourceId={s}&cardId={Insights}")));
        Assert.Equal(["E5"], Ids(await app.ItemsAsync($"sourceId={s}&unmatched=true")));
        Assert.Equal(["E1", "E4", "E5"], Ids(await app.ItemsAsync($"sourceId={s}&minScore=0")));
        Assert.Equal(["E2", "E3"], Ids(await app.ItemsAsync($"sourceId={s}&maxScore=-0.1")));
        Assert.Equal(["E3", "E4"], Ids(await app.ItemsAsync($"sourceId={s}&from=2026-03-09T00:00:00Z&to=2026-03-16T00:00:00Z")));
        Assert.Equal(["E2", "E3"], Ids(await app.ItemsAsync($"sourceId={s}&q=NOTIFICATION&maxScore=0")));
        // LIKE's wildcards in typed text are literal.
        Assert.Empty(Ids(await app.ItemsAsync($"sourceId={s}&q=%25")));

        var paged = await app.ItemsAsync($"sourceId={s}&pageSize=2&page=2");
        Assert.Equal(5, paged["total"]!.GetValue<int>());
        Assert.Equal(["E2", "E3"], Ids(paged)); // newest first: E5 E4 | E3 E2 | E1
    }

    [Fact]
    public async Task Figures_count_volume_mean_and_negatives_per_week_for_the_filter()
    {
        var s = await SourceAsync();
        var figures = await GetAsync($"/api/feedback/figures?sourceId={s}&cardId={Notifications}");
        var summary = figures["summary"]!;
        Assert.Equal(3, summary["count"]!.GetValue<int>());
        Assert.Equal(-0.167, summary["meanScore"]!.GetValue<double>());
        Assert.Equal(0.667, summary["negativeShare"]!.GetValue<double>());
        var weeks = figures["weeks"]!.AsArray();
        Assert.Equal(["2026-03-02", "2026-03-09"], weeks.Select(w => w!["week"]!.GetValue<string>()).ToArray());
        Assert.Equal([2, 1], weeks.Select(w => w!["count"]!.GetValue<int>()).ToArray());
        Assert.Equal([1, 1], weeks.Select(w => w!["negative"]!.GetValue<int>()).ToArray());
        Assert.Equal(0.25, weeks[0]!["meanScore"]!.GetValue<double>(), 6);

        var everything = await GetAsync($"/api/feedback/figures?sourceId={s}");
        Assert.Equal([2, 2, 1], everything["weeks"]!.AsArray().Select(w => w!["count"]!.GetValue<int>()).ToArray());
    }

    [Fact]
    public async Task A_filter_that_cannot_be_meant_is_refused_naming_the_parameter()
    {
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        foreach (var (query, field) in new[] { ("minScore=3", "minScore"), ("minScore=0.5&maxScore=0", "minScore"), ("pageSize=500", "pageSize"),
                     ($"unmatched=true&cardId={Notifications}", "unmatched"), ("from=2026-03-09T00:00:00Z&to=2026-03-01T00:00:00Z", "from") })
        {
            var response = await viewer.GetAsync("/api/feedback/figures?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_member_of_another_workspace_finds_none_of_this_workspaces_feedback()
    {
        var s = await SourceAsync();
        var item = (await app.ItemsAsync($"sourceId={s}&unmatched=true"))["items"]![0]!.Id();
        var outsider = await app.OutsiderAsync(WorkspaceRole.Editor);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/feedback/touchpoints/{Notifications}/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await outsider.PostAsJsonAsync($"/api/feedback/items/{item}/assign", new { mapId = Bank, cardId = Notifications })).StatusCode);
        var theirs = await (await outsider.GetAsync($"/api/feedback/items?sourceId={s}")).JsonAsync();
        Assert.Equal(0, theirs["total"]!.GetValue<int>());
        var figures = await (await outsider.GetAsync($"/api/feedback/figures?cardId={Notifications}")).JsonAsync();
        Assert.Equal(0, figures["summary"]!["count"]!.GetValue<int>());
        Assert.Equal(0, await (await outsider.GetAsync("/api/feedback/inbox/count")).Content.ReadFromJsonAsync<long>());
        Assert.Equal(["E5"], Ids(await app.ItemsAsync($"sourceId={s}&unmatched=true")));
    }

    [Fact]
    public async Task A_viewer_reads_evidence_but_cannot_assign_an_item_or_set_a_touchpoints_rules()
    {
        var s = await SourceAsync();
        var item = (await app.ItemsAsync($"sourceId={s}&unmatched=true"))["items"]![0]!.Id();
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/feedback/touchpoints/{Notifications}/summary")).StatusCode);
        Assert.True(await (await viewer.GetAsync("/api/feedback/inbox/count")).Content.ReadFromJsonAsync<long>() >= 1);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await viewer.PostAsJsonAsync($"/api/feedback/items/{item}/assign", new { mapId = Bank, cardId = Notifications, rule = new { kind = "Phrase", value = "weather" } })).StatusCode);
        var rules = await viewer.CommandAsync(Bank, new { type = "SetFeedbackRules", cardId = Notifications, rules = new[] { new { kind = "Phrase", value = "weather" } } });
        Assert.Equal(HttpStatusCode.Forbidden, rules.StatusCode);
        Assert.Equal(["E5"], Ids(await app.ItemsAsync($"sourceId={s}&unmatched=true")));
    }

}
