using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;

namespace JourneyStudio.Web.Tests.Feedback;

/// <summary>Each source kind end to end: real HTTP from the files server, a real Hangfire job, real PostgreSQL.</summary>
[Collection(FeedbackAppCollection.Name)]
public class FeedbackImportTests(FeedbackApp app)
{
    private static readonly Guid IdCheck = FeedbackApp.Card("bank-current-account", "t-ve-id");

    [Fact]
    public async Task A_survey_export_with_three_header_rows_imports_its_answers_and_a_second_run_adds_nothing()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "Account opening survey", kind = "Csv", url = app.File("feedback/demo/bank/survey-qualtrics/account-opening-survey.csv"),
            scale = new { kind = "Nps", min = 0, max = 10 }, timeZone = "Europe/London",
            csv = new { headerRow = 1, skipRowsAfterHeader = 2 },
            fields = new { text = "Q4", score = "Q1", date = "RecordedDate", externalId = "ResponseId", contact = "Q6", channel = "channel", url = "PageURL" },
            skip = new[] { new { field = "Status", value = "Survey Preview" } },
        });
        Assert.Equal("Succeeded", run["status"]!.GetValue<string>());
        Assert.Equal(1384, run.Count("new"));
        Assert.Equal(2, run.Count("rejected"));
        Assert.All(run["rejections"]!.AsArray(), r => Assert.Contains("Survey Preview", r!["reason"]!.GetValue<string>()));
        Assert.Contains("line ", run["rejections"]![0]!["where"]!.GetValue<string>());
        Assert.True(run.Count("matched") > 800, $"matched {run.Count("matched")}");

        var selfie = await app.ItemsAsync($"sourceId={sourceId}&cardId={IdCheck}");
        Assert.True(selfie["total"]!.GetValue<int>() > 150, $"t-ve-id items: {selfie["total"]}");
        var item = selfie["items"]![0]!;
        Assert.Contains(item["matches"]!.AsArray(), m => m!["cardId"]!.GetValue<Guid>() == IdCheck && m["reason"]!.GetValue<string>().StartsWith("phrase"));
        Assert.Equal("Nps", item["scale"]!["kind"]!.GetValue<string>());

        var again = await app.ImportAsync(sourceId);
        Assert.Equal((0, 0, 1384), (again.Count("new"), again.Count("updated"), again.Count("duplicate")));
        Assert.Equal(1384, (await app.ItemsAsync($"sourceId={sourceId}&pageSize=1"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_windows_1252_semicolon_export_keeps_its_pounds_dashes_and_accents()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "Support CSAT", kind = "Csv", url = app.File("feedback/test-inputs/windows-1252-semicolon.csv"),
            scale = new { kind = "Csat", min = 1, max = 5 }, timeZone = "Europe/London",
            fields = new { text = "Comment", score = "Satisfaction (1-5)", date = "Solved", externalId = "Ticket ID", author = "Requester", channel = "Channel" },
        });
        Assert.Equal(2, run.Count("new"));
        Assert.Contains(run["notes"]!.AsArray(), n => n!.GetValue<string>().Contains("Windows-1252, delimiter semicolon"));
        var items = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray();
        var zoe = items.Single(i => i!["externalId"]!.GetValue<string>() == "1001")!;
        Assert.Equal("Engineer was on time – brilliant, saved me £20…", zoe["text"]!.GetValue<string>());
        Assert.Equal("Zoë Müller", zoe["author"]!.GetValue<string>());
        Assert.Equal("12,0", items.Single(i => i!["externalId"]!.GetValue<string>() == "1002")!["fields"]!["Hours"]!.GetValue<string>());
        Assert.Equal(DateTimeOffset.Parse("2026-06-03T13:05:00Z"), zoe["receivedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_utf16_tab_export_with_a_title_row_is_detected_and_read()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "CS tracker", kind = "Csv", url = app.File("feedback/demo/saas/cs-tracker/cs-feedback-tracker.txt"),
            scale = new { kind = "Nps", min = 0, max = 10 }, scale2 = new { kind = "Csat", min = 1, max = 5 },
            csv = new { headerRow = 3 },
            fields = new { text = "Verbatim", score = "Likelihood to recommend (0-10)", score2 = "CSAT (1-5)", date = "Date", externalId = "Ref", author = "Contact name", contact = "Contact email" },
        });
        Assert.Equal("Succeeded", run["status"]!.GetValue<string>());
        Assert.Equal(453, run.Count("new"));
        Assert.Equal(0, run.Count("rejected"));
        Assert.Contains(run["notes"]!.AsArray(), n => n!.GetValue<string>().Contains("UTF-16 LE, delimiter tab"));
        var csatOnly = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray().First(i => i!["scale"]!["kind"]!.GetValue<string>() == "Csat");
        Assert.NotNull(csatOnly);
    }

    [Fact]
    public async Task Json_ld_review_pages_follow_rel_next_up_to_the_limit_and_leave_out_the_business_replies()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "Reviewsphere", kind = "Html", url = app.File("feedback/demo/bank/reviews-jsonld/page-1.html"), maxPages = 3, channel = "Reviewsphere",
        });
        Assert.Equal(3, run["pages"]!.AsArray().Count);
        Assert.Equal(60, run.Count("new"));
        Assert.Contains(run["notes"]!.AsArray(), n => n!.GetValue<string>().Contains("Stopped after 3 pages"));
        var items = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray();
        Assert.DoesNotContain(items, i => i!["author"]?.GetValue<string>() == "Northwind Bank");
        Assert.All(items, i => Assert.StartsWith("id:https://", i!["key"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal(5, i!["scale"]!["max"]!.GetValue<double>()));
    }

    [Fact]
    public async Task Microdata_reviews_are_scoped_so_vendor_responses_stay_out()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new { name = "SoftwareCritic", kind = "Html", url = app.File("feedback/demo/saas/reviews-microdata/page-1.html"), maxPages = 2 });
        Assert.Equal(30, run.Count("new"));
        var items = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray();
        Assert.DoesNotContain(items, i => i!["text"]!.GetValue<string>().Contains("Thanks for", StringComparison.OrdinalIgnoreCase) && i["author"]?.GetValue<string>() == "Northwind Boards");
        Assert.Contains(items, i => i!["rawScore"]?.GetValue<string>().Contains('.') == true);
    }

    [Fact]
    public async Task Css_selectors_read_a_site_without_schema_and_the_featured_duplicate_counts_once()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "SwitchWise", kind = "Html", url = app.File("feedback/demo/broadband/reviews-html/page-1.html"), maxPages = 3,
            scale = new { kind = "Stars", min = 1, max = 5 },
            html = new
            {
                auto = false, item = "div.review[data-review-id]", text = ".review-text", title = ".review-title", score = ".stars@data-rating",
                date = ".review-head time@datetime", author = ".reviewer-name", externalId = "@data-review-id", exclude = ".business-reply",
            },
        });
        Assert.Equal("Succeeded", run["status"]!.GetValue<string>());
        Assert.Equal(60, run.Count("new"));
        Assert.Equal(1, run.Count("duplicate"));
        var items = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray();
        Assert.All(items, i => Assert.StartsWith("id:sw-", i!["key"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Paragraphs_of_a_review_stay_apart_and_an_item_without_an_id_keeps_the_key_it_had_before()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "Paragraph reviews", kind = "Html", url = app.File("feedback/test-inputs/reviews-adjacent-paragraphs.html"), maxPages = 1,
            scale = new { kind = "Stars", min = 1, max = 5 },
            html = new { auto = false, item = "div.review", text = ".text", title = ".title", score = ".stars@data-rating", date = "time@datetime", author = ".author" },
        });
        Assert.Equal(2, run.Count("new"));
        var moving = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray().Single(i => i!["title"]?.GetValue<string>() == "Moving day")!;
        Assert.Equal("Great moving team.\nWe're impressed.", moving["text"]!.GetValue<string>());
        // Keyed as the page's text was read when paragraphs ran together, so items stored then are found again, not imported twice.
        Assert.Equal("hash:" + JourneyStudio.Domain.Feedback.FeedbackIds.Hash("Moving day", "Great moving team.We're impressed.", "Ruth P.", "2026-11-02", "4"),
            moving["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_rss_forum_without_scores_gets_sentiment_and_staff_replies_are_left_out()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "Community forum", kind = "Feed", url = app.File("feedback/demo/broadband/community-rss/page-1.xml"), maxPages = 2,
            skip = new[] { new { field = "category", value = "Community Team" } },
        });
        Assert.Equal(2, run["pages"]!.AsArray().Count);
        Assert.True(run.Count("new") >= 40, $"new {run.Count("new")}");
        var items = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray();
        Assert.All(items, i => Assert.NotEqual("Source", i!["scoreOrigin"]!.GetValue<string>()));
        Assert.Contains(items, i => i!["scoreOrigin"]!.GetValue<string>() == "Sentiment" && i["score"]!.GetValue<double>() < 0);
        Assert.DoesNotContain(items, i => i!["text"]!.GetValue<string>().Contains('<'));
        Assert.DoesNotContain(items, i => (i!["author"]?.GetValue<string>() ?? "").EndsWith("_NF"));
    }

    [Fact]
    public async Task An_app_store_atom_feed_reads_im_rating_and_skips_the_app_entry()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "App Store (bank)", kind = "Feed", url = app.File("feedback/demo/bank/appstore-ios/page-1.xml"), maxPages = 2, channel = "App Store",
            scale = new { kind = "Stars", min = 1, max = 5 }, skip = new[] { new { field = "score", value = "" } },
        });
        Assert.Equal(100, run.Count("new"));
        Assert.Equal(1, run.Count("rejected"));
        var items = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray();
        Assert.All(items, i => Assert.Equal("App Store", i!["channel"]!.GetValue<string>()));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i!["fields"]!["version"]?.GetValue<string>())));
    }

    [Fact]
    public async Task A_json_api_follows_relative_next_links_strips_html_and_deduplicates_the_repeated_item()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "In-app feedback API", kind = "Json", url = app.File("feedback/demo/saas/api/feedback/page-1.json"), maxPages = 4,
            scale = new { kind = "Stars", min = 1, max = 5 },
            json = new { itemsPath = "items", pagination = "NextLink", nextPath = "next" },
            fields = new { text = "body", title = "subject", score = "rating.value", date = "created_at", externalId = "id", author = "customer.name", contact = "customer.email", channel = "channel", url = "context.page_url" },
        });
        Assert.Equal(4, run["pages"]!.AsArray().Count);
        Assert.Equal(401, run.Count("read"));
        Assert.Equal(400, run.Count("new"));
        Assert.Equal(1, run.Count("duplicate"));
        var items = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray();
        Assert.DoesNotContain(items, i => i!["text"]!.GetValue<string>().Contains("<p>"));
        Assert.Contains(items, i => i!["fields"]!["tags"] is null && i["fields"]!["context.widget"] is not null);
    }

    [Fact]
    public async Task An_item_changed_upstream_is_updated_in_place_and_nothing_else_moves()
    {
        var folder = Path.Combine(FeedbackApp.SeedData, "feedback", "test-inputs");
        var (sourceId, first) = await app.CreateAndImportAsync(new
        {
            name = "Changing export", kind = "Csv", url = app.File("feedback/test-inputs/ragged-rows.csv"), scale = new { kind = "Csat", min = 1, max = 5 },
            fields = new { text = "text", score = "score", externalId = "id" },
        });
        Assert.Equal(2, first.Count("new"));
        var admin = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var body = "id,text,score\n1,Fine service after all,4\n4,\"Quoted, with comma\",2\n";
        var upload = await admin.PostAsync($"/api/feedback/sources/{sourceId}/upload?fileName=changed.csv", new StringContent(body));
        upload.EnsureSuccessStatusCode();
        var second = await app.ImportAsync(sourceId);
        Assert.Equal((0, 1, 1), (second.Count("new"), second.Count("updated"), second.Count("duplicate")));
        var items = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        var changed = items.Single(i => i!["externalId"]!.GetValue<string>() == "1")!;
        Assert.Equal(("Fine service after all", 2), (changed["text"]!.GetValue<string>(), changed["revision"]!.GetValue<int>()));
    }
}
