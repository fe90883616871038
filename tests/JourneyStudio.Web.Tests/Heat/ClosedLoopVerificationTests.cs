using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hangfire;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Web.Heat.ClosedLoop;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Testing.Heat;

/// <summary>
/// Known feedback sets (seed-data/feedback/test-inputs/loop-*.csv, CSAT 1–5, fix date 2 March 2026 09:00 UTC) imported
/// through the real import path onto a fresh map's touchpoint, then verified by the closed loop. Each test gives its
/// items a channel of its own and its touchpoint a rule for that channel, so no test sees another's feedback.
/// </summary>
[Collection(FeedbackAppCollection.Name)]
public class ClosedLoopVerificationTests(FeedbackApp app)
{
    public static readonly DateTimeOffset FixedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The pooled two-proportion z statistic, written out here independently of the app.</summary>
    private static double Z(int k1, int n1, int k2, int n2)
    {
        var p = (k1 + k2) / (double)(n1 + n2);
        return ((double)k1 / n1 - (double)k2 / n2) / Math.Sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
    }

    [Fact]
    public async Task Clearly_improved_feedback_verifies_the_fix()
    {
        var pain = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "improved");

        var check = await pain.CheckNowAsync();

        Assert.Equal("Verified", check["outcome"]!.GetValue<string>());
        Assert.Equal("Verified", check["movedTo"]!.GetValue<string>());
        Assert.StartsWith("verified: negative feedback fell from 50% (25 of 50) before the fix to 10% (5 of 50) after it (two-proportion z-test: z = ",
            check["sentence"]!.GetValue<string>());
        var view = await pain.ViewAsync();
        Assert.Equal("Verified", view["status"]!.GetValue<string>());
        Assert.Equal(Z(25, 50, 5, 50), view["evaluation"]!["verdict"]!["z"]!.GetValue<double>(), 6);
        var history = await pain.HistoryAsync();
        Assert.StartsWith("JourneyStudio moved 'Card reader refuses contactless' from Resolved to Verified: verified: negative feedback fell from 50%", history[0]);
    }

    [Fact]
    public async Task Unchanged_feedback_does_not_verify_the_fix_and_says_no_change()
    {
        var pain = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "unchanged");

        var check = await pain.CheckNowAsync();

        Assert.Equal("NoChange", check["outcome"]!.GetValue<string>());
        Assert.Null(check["movedTo"]);
        Assert.StartsWith("no change: negative feedback 30% (15 of 50) before the fix and 28% (14 of 50) after it", check["sentence"]!.GetValue<string>());
        Assert.Equal("Resolved", (await pain.ViewAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Too_few_items_since_the_fix_is_insufficient_evidence_in_words()
    {
        var pain = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "too-few");

        var check = await pain.CheckNowAsync();
        Assert.Equal("NotYet", check["outcome"]!.GetValue<string>());
        Assert.Equal("not verified: only 14 items in the 56 days after the fix, 40 needed.", check["sentence"]!.GetValue<string>());
        Assert.Equal("Resolved", (await pain.ViewAsync())["status"]!.GetValue<string>());

        // Read on 26 April, inside the after window, the same evidence says to wait: the clock is the app's TimeProvider.
        using var scope = app.Services.CreateScope();
        var checker = ActivatorUtilities.CreateInstance<ClosedLoopChecker>(scope.ServiceProvider, new TestClock(new DateTimeOffset(2026, 4, 26, 12, 0, 0, TimeSpan.Zero)));
        var early = await checker.CheckAsync(pain.MapId, pain.CardId, CancellationToken.None);
        Assert.Equal("not yet: 14 items since the fix, 40 needed.", early!.Sentence);
        Assert.False(early.IsFinal);
    }

    [Fact]
    public async Task Worse_feedback_reopens_the_pain_point_with_the_reason_in_the_history()
    {
        var pain = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "worse");

        var check = await pain.CheckNowAsync();

        Assert.Equal("Worse", check["outcome"]!.GetValue<string>());
        Assert.Equal("Open", check["movedTo"]!.GetValue<string>());
        Assert.StartsWith("worse: reopened — negative feedback rose from 10% (5 of 50) before the fix to 50% (25 of 50) after it", check["sentence"]!.GetValue<string>());
        var view = await pain.ViewAsync();
        Assert.Equal("Open", view["status"]!.GetValue<string>());
        Assert.Null(view["fixedAt"]);
        Assert.StartsWith("JourneyStudio reopened 'Card reader refuses contactless': worse: negative feedback rose from 10%", (await pain.HistoryAsync())[0]);
    }

    [Fact]
    public async Task The_daily_job_verifies_and_reopens_resolved_pain_points_and_tells_the_watchers()
    {
        var improved = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "improved");
        var worse = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "worse");
        var unchanged = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "unchanged");
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        Assert.Equal(HttpStatusCode.NoContent, (await viewer.PutAsync($"{improved.Path}/watchers/me", null)).StatusCode);

        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(ClosedLoopJob.RecurringId);

        Assert.Equal("Verified", await improved.WaitForStatusAsync("Verified"));
        Assert.Equal("Open", await worse.WaitForStatusAsync("Open"));
        Assert.Equal("Resolved", (await unchanged.ViewAsync())["status"]!.GetValue<string>());
        var notices = (await (await viewer.GetAsync("/api/notices")).JsonAsync()).AsArray();
        var notice = Assert.Single(notices, n => n!["link"]!.GetValue<string>() == $"/maps/{improved.MapId}?card={improved.CardId}");
        Assert.Equal("Fix verified: 'Card reader refuses contactless'", notice!["title"]!.GetValue<string>());
        Assert.StartsWith("verified: negative feedback fell from 50%", notice["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_people_behind_a_verified_fix_export_as_csv_with_their_contacts()
    {
        var pain = await LoopPainPoint.ResolvedWithFeedbackAsync(app, "improved");
        await pain.CheckNowAsync();
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var item = (await app.ItemsAsync($"sourceId={pain.SourceId}&q=improved-A002"))["items"]![0]!;
        var linked = await editor.PostAsJsonAsync($"{pain.Path}/evidence", new { feedbackItemId = item.Id() });
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);

        var response = await editor.GetAsync($"{pain.Path}/people.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("why,received,source,author,contact,channel,score,raw score,text,url", lines[0]);
        // the linked item first, then the 25 unhappy customers of the 56 days before the fix, oldest first
        Assert.Equal(1 + 1 + 25, lines.Length);
        Assert.StartsWith("linked as evidence,2026-03-03 ", lines[1]);
        Assert.Contains(",Ben Cole,ben1@example.com,", lines[1]);
        Assert.All(lines[2..], l => Assert.StartsWith("negative feedback before the fix,2026-", l));
        Assert.Contains(lines, l => l.Contains("Loop sample improved-B001 (unhappy)") && l.Contains(",,,"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsAsync(WorkspaceRole.Viewer)).GetAsync($"{pain.Path}/people.csv")).StatusCode);
    }
}
