using System.Net;
using System.Net.Http.Json;
using JourneyStudio.Domain.Accounts;

namespace JourneyStudio.Testing.Heat;

/// <summary>What the lifecycle refuses, and to whom, through the real API.</summary>
[Collection(FeedbackAppCollection.Name)]
public class LifecycleRefusalTests(FeedbackApp app)
{
    [Fact]
    public async Task Acknowledging_without_an_owner_is_refused_and_changes_nothing()
    {
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var mapId = (await (await app.ClientAsAsync(WorkspaceRole.Facilitator)).CreateMapAsync(new { title = "Unowned pain" })).Id();
        Guid stage = Guid.NewGuid(), lane = Guid.NewGuid(), pain = Guid.NewGuid();
        (await editor.CommandAsync(mapId, new object[]
        {
            new { type = "AddStage", name = "Pay", stageId = stage }, new { type = "AddLane", name = "Pain points", kind = "PainPoints", laneId = lane },
            new { type = "AddCard", stageId = stage, laneId = lane, text = "Receipt never arrives", cardId = pain },
        })).EnsureSuccessStatusCode();

        var refused = await editor.CommandAsync(mapId, new { type = "SetPainPointStatus", cardId = pain, status = "Acknowledged", reason = "Seen in the heat" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Assign an owner department to 'Receipt never arrives' before moving it to Acknowledged.", await refused.Content.ReadAsStringAsync());
        var view = await (await editor.GetAsync($"/api/maps/{mapId}/pain-points/{pain}")).JsonAsync();
        Assert.Equal("Open", view["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_viewer_cannot_change_the_status_or_check_now_but_can_read_and_watch()
    {
        var pain = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "too-few", resolve: false);
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);

        var refused = await viewer.CommandAsync(pain.MapId, new { type = "SetPainPointStatus", cardId = pain.CardId, status = "Acknowledged", reason = "I think so" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"{pain.Path}/check", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"{pain.Path}/evidence", new { feedbackItemId = Guid.NewGuid() })).StatusCode);

        Assert.Equal("Open", (await pain.ViewAsync())["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, (await viewer.PutAsync($"{pain.Path}/watchers/me", null)).StatusCode);
        Assert.True((await pain.ViewAsync())["watching"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Evidence_must_be_feedback_of_this_workspace()
    {
        var pain = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "too-few", resolve: false);
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);

        var refused = await editor.PostAsJsonAsync($"{pain.Path}/evidence", new { feedbackItemId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("feedbackItemId", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evidence_linked_by_a_map_command_must_be_this_workspaces_and_is_quoted_from_the_item_not_the_caller()
    {
        var pain = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "too-few", resolve: false);
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var item = (await app.ItemsAsync($"sourceId={pain.SourceId}"))["items"]![0]!;
        object Link(Guid id) => new { type = "LinkPainPointEvidence", cardId = pain.CardId, feedbackItemId = id, excerpt = "Best bank ever, five stars" };

        var unknown = await editor.CommandAsync(pain.MapId, Link(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("feedbackItemId", await unknown.Content.ReadAsStringAsync());
        (await editor.CommandAsync(pain.MapId, Link(item.Id()))).EnsureSuccessStatusCode();

        var linked = Assert.Single((await pain.ViewAsync())["linked"]!.AsArray());
        Assert.Equal(item.Id(), linked!["id"]!.GetValue<Guid>());
        var history = await pain.HistoryAsync();
        Assert.DoesNotContain(history, h => h.Contains("Best bank ever"));
        Assert.Contains(history, h => h.Contains(item["text"]!.GetValue<string>()[..20]));
    }

    [Fact]
    public async Task Another_workspaces_pain_point_is_404_everywhere()
    {
        var pain = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "too-few");
        var outsider = await app.OutsiderAsync(WorkspaceRole.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(pain.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"{pain.Path}/check", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{pain.Path}/people.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutAsync($"{pain.Path}/watchers/me", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/pain-points?mapId={pain.MapId}")).StatusCode);
        var theirs = await (await outsider.GetAsync("/api/pain-points")).JsonAsync();
        Assert.Empty(theirs["rows"]!.AsArray());
    }

    [Fact]
    public async Task Only_an_admin_changes_the_windows_and_targets_and_a_bad_value_is_refused_by_name()
    {
        var admin = await app.ClientAsAsync(WorkspaceRole.Admin);
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var defaults = new { beforeDays = 56, afterDays = 56, minimumSample = 40, alpha = 0.05, openDays = 5, acknowledgedDays = 10, inProgressDays = 30, resolvedDays = 70 };
        try
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsJsonAsync("/api/pain-points/settings", defaults with { openDays = 2 })).StatusCode);
            var refused = await admin.PutAsJsonAsync("/api/pain-points/settings", defaults with { minimumSample = 5 });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("minimumSample", await refused.Content.ReadAsStringAsync());
            Assert.Equal(40, (await (await editor.GetAsync("/api/pain-points/settings")).JsonAsync())["minimumSample"]!.GetValue<int>());

            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/pain-points/settings", defaults with { openDays = 2, afterDays = 28 })).StatusCode);
            var saved = await (await editor.GetAsync("/api/pain-points/settings")).JsonAsync();
            Assert.Equal((2, 28), (saved["openDays"]!.GetValue<int>(), saved["afterDays"]!.GetValue<int>()));
        }
        finally
        {
            (await admin.PutAsJsonAsync("/api/pain-points/settings", defaults)).EnsureSuccessStatusCode();
        }
    }

}
