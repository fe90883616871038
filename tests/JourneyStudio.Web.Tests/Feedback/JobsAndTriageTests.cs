using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Feedback;

[Collection(FeedbackAppCollection.Name)]
public class JobsAndTriageTests(FeedbackApp app)
{
    [Fact]
    public async Task A_schedule_becomes_a_recurring_hangfire_job_and_goes_when_the_schedule_is_cleared()
    {
        var client = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var request = new { name = "Nightly", kind = "Csv", url = app.File("feedback/test-inputs/ragged-rows.csv"), schedule = "0 3 * * *", fields = new { text = "text", externalId = "id" } };
        var created = await (await client.PostAsJsonAsync("/api/feedback/sources", request)).JsonAsync();
        Assert.NotNull(created["nextRunAt"]);
        var storage = app.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            var job = connection.GetRecurringJobs().Single(j => j.Id == $"feedback-source-{created.Id():N}");
            Assert.Equal("0 3 * * *", job.Cron);
        }
        var bad = await client.PutAsJsonAsync($"/api/feedback/sources/{created.Id()}", request with { schedule = "every night" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("is not a cron schedule", await bad.Content.ReadAsStringAsync());
        (await client.PutAsJsonAsync($"/api/feedback/sources/{created.Id()}", request with { schedule = (string?)null! })).EnsureSuccessStatusCode();
        using (var connection = storage.GetConnection())
            Assert.DoesNotContain(connection.GetRecurringJobs(), j => j.Id == $"feedback-source-{created.Id():N}");
    }

    [Fact]
    public async Task The_hangfire_dashboard_is_for_admins_only()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsAsync(WorkspaceRole.Admin)).GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsAsync(WorkspaceRole.Facilitator)).GetAsync("/hangfire")).StatusCode);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task An_unmatched_item_is_assigned_from_the_inbox_and_turning_it_into_a_rule_matches_the_like_of_it()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "Inbox probe", kind = "Csv", url = app.File("feedback/test-inputs/triage.csv"), scale = new { kind = "Csat", min = 1, max = 5 },
            fields = new { text = "text", score = "score", externalId = "id" },
        });
        var inbox = (await app.ItemsAsync($"sourceId={sourceId}&unmatched=true"))["items"]!.AsArray();
        Assert.Equal(3, inbox.Count);
        var billing = inbox.Single(i => i!["externalId"]!.GetValue<string>() == "L1")!;
        var mapId = Seeding("bank-current-account");
        var bill = FeedbackApp.Card("bank-current-account", "t-on-card");

        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/feedback/items/{billing.Id()}/assign", new { mapId, cardId = bill })).StatusCode);

        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var assigned = await editor.PostAsJsonAsync($"/api/feedback/items/{billing.Id()}/assign",
            new { mapId, cardId = bill, rule = new { kind = "Phrase", value = "parcel locker" } });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var match = (await assigned.JsonAsync())["matches"]![0]!;
        Assert.Equal(("Manual", bill), (match["origin"]!.GetValue<string>(), match["cardId"]!.GetValue<Guid>()));

        // The new rule reaches the other item through the re-match job the rule change queued.
        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await app.ItemsAsync($"sourceId={sourceId}&unmatched=true"))["total"]!.GetValue<int>() > 1)
        {
            Assert.True(DateTime.UtcNow < until, "the re-match job did not apply the new rule");
            await Task.Delay(200);
        }
        var onBill = (await app.ItemsAsync($"cardId={bill}&sourceId={sourceId}"))["items"]!.AsArray();
        Assert.Equal(2, onBill.Count);
        Assert.Contains(onBill, i => i!["matches"]![0]!["reason"]!.GetValue<string>() == "phrase “parcel locker”");
        var summary = await (await viewer.GetAsync($"/api/feedback/touchpoints/{bill}/summary")).JsonAsync();
        Assert.Equal(2, summary["count"]!.GetValue<int>());
        Assert.Equal(1, summary["negativeShare"]!.GetValue<double>());
        Assert.Equal(-0.75, summary["meanScore"]!.GetValue<double>());
        Assert.Equal("Manual", onBill.Single(i => i!["externalId"]!.GetValue<string>() == "L1")!["matches"]![0]!["origin"]!.GetValue<string>());

        // Dropping the rule sends back what the rule found; what a person placed by hand stays placed.
        var card = (await (await editor.GetAsync($"/api/maps/{mapId}")).JsonAsync())["cards"]!.AsArray().Single(c => c!.Id() == bill)!;
        var kept = card["touchpoint"]!["feedbackRules"]!.AsArray().Where(r => r!["value"]!.GetValue<string>() != "parcel locker").Select(r => r!.DeepClone());
        (await editor.CommandAsync(mapId, new { type = "SetFeedbackRules", cardId = bill, rules = kept.ToArray() })).EnsureSuccessStatusCode();
        until = DateTime.UtcNow.AddSeconds(30);
        while ((await app.ItemsAsync($"sourceId={sourceId}&unmatched=true"))["total"]!.GetValue<int>() < 2)
        {
            Assert.True(DateTime.UtcNow < until, "the re-match job did not take the removed rule's match away");
            await Task.Delay(200);
        }
        var stillOnBill = (await app.ItemsAsync($"cardId={bill}&sourceId={sourceId}"))["items"]!.AsArray();
        Assert.Equal("L1", stillOnBill.Single()!["externalId"]!.GetValue<string>());
    }

    private static Guid Seeding(string map) => JourneyStudio.Web.Seeding.SeedIds.For("northwind", "map", map);
}
