using System.Net.Http.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;

namespace JourneyStudio.Web.Tests.Feedback;

/// <summary>Bad files, pages and addresses each get a clear error naming where and why; good rows still import; nothing stored earlier changes.</summary>
[Collection(FeedbackAppCollection.Name)]
public class BadInputTests(FeedbackApp app)
{
    private static object Csv(string name, string url) => new
    {
        name, kind = "Csv", url, scale = new { kind = "Csat", min = 1, max = 5 }, fields = new { text = "text", score = "score", externalId = "id" },
    };

    [Fact]
    public async Task Ragged_rows_are_rejected_by_line_and_the_good_rows_import()
    {
        var (_, run) = await app.CreateAndImportAsync(Csv("Ragged", app.File("feedback/test-inputs/ragged-rows.csv")));
        Assert.Equal("Succeeded", run["status"]!.GetValue<string>());
        Assert.Equal((2, 2), (run.Count("new"), run.Count("rejected")));
        var reasons = run["rejections"]!.AsArray().Select(r => $"{r!["where"]}: {r["reason"]}").ToList();
        Assert.Contains(reasons, r => r.EndsWith("ragged-rows.csv, line 3: 2 values where the header has 3; the row was not imported."));
        Assert.Contains(reasons, r => r.Contains("line 4: 5 values where the header has 3"));
    }

    [Fact]
    public async Task A_200000_character_field_rejects_its_row_naming_the_field_and_the_neighbours_import()
    {
        var (_, run) = await app.CreateAndImportAsync(Csv("Huge", app.File("feedback/test-inputs/huge-field.csv")));
        Assert.Equal((2, 1), (run.Count("new"), run.Count("rejected")));
        var rejection = run["rejections"]![0]!;
        Assert.EndsWith("line 3", rejection["where"]!.GetValue<string>());
        Assert.Equal("text", rejection["field"]!.GetValue<string>());
        Assert.Contains("200,000 characters; the limit is 20,000", rejection["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_utf16_file_without_a_byte_order_mark_is_still_read_as_utf16()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = "UTF-16 no BOM", kind = "Csv", url = app.File("feedback/test-inputs/utf16-no-bom.tsv"), scale = new { kind = "Nps", min = 0, max = 10 },
            fields = new { text = "Verbatim", score = "NPS", externalId = "Ref", date = "Date" },
        });
        Assert.Equal(2, run.Count("new"));
        var items = (await app.ItemsAsync($"sourceId={sourceId}"))["items"]!.AsArray();
        Assert.Contains(items, i => i!["text"]!.GetValue<string>() == "Import wizard mangled our dates 😞");
    }

    [Fact]
    public async Task A_missing_column_fails_the_run_naming_the_column_and_the_columns_there_are()
    {
        var (_, run) = await app.CreateAndImportAsync(new
        {
            name = "Wrong column", kind = "Csv", url = app.File("feedback/test-inputs/ragged-rows.csv"), fields = new { text = "Comment" },
        });
        Assert.Equal("Failed", run["status"]!.GetValue<string>());
        Assert.Contains("the text column 'Comment' is not in the header on line 1 (columns: id, text, score)", run["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Truncated_json_on_a_later_page_is_refused_with_its_position_and_the_first_page_still_imports()
    {
        var (_, run) = await app.CreateAndImportAsync(new
        {
            name = "Cut-off API", kind = "Json", url = app.File("feedback/test-inputs/api-page-1.json"), scale = new { kind = "Stars", min = 1, max = 5 },
            json = new { itemsPath = "items", pagination = "NextLink", nextPath = "next" },
            fields = new { text = "body", score = "rating.value", date = "created_at", externalId = "id" },
        });
        Assert.Equal("Succeeded", run["status"]!.GetValue<string>());
        Assert.Equal(2, run.Count("new"));
        var rejection = run["rejections"]![0]!;
        Assert.EndsWith("api-page-2.json", rejection["where"]!.GetValue<string>());
        Assert.Contains("not valid JSON (cut off or malformed) at line 1", rejection["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Truncated_json_on_the_first_page_fails_the_run()
    {
        var (_, run) = await app.CreateAndImportAsync(new
        {
            name = "Cut-off file", kind = "Json", url = app.File("feedback/test-inputs/truncated.json"), json = new { itemsPath = "items" },
            fields = new { text = "body", externalId = "id" },
        });
        Assert.Equal("Failed", run["status"]!.GetValue<string>());
        Assert.Contains("truncated.json: not valid JSON", run["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_with_no_reviews_fails_with_the_url_and_what_was_looked_for()
    {
        var (_, run) = await app.CreateAndImportAsync(new { name = "Empty page", kind = "Html", url = app.File("feedback/test-inputs/no-reviews.html") });
        Assert.Equal("Failed", run["status"]!.GetValue<string>());
        Assert.Contains("no reviews were found", run["error"]!.GetValue<string>());
        var rejection = run["rejections"]![0]!;
        Assert.EndsWith("no-reviews.html", rejection["where"]!.GetValue<string>());
        Assert.Contains("no schema.org Review data and no item selector", rejection["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_billion_laughs_feed_is_refused_not_expanded()
    {
        var (sourceId, run) = await app.CreateAndImportAsync(new { name = "Laughs", kind = "Feed", url = app.File("feedback/test-inputs/billion-laughs.xml") });
        Assert.Equal("Failed", run["status"]!.GetValue<string>());
        Assert.Contains("declares a DTD", run["error"]!.GetValue<string>());
        Assert.Equal(0, (await app.ItemsAsync($"sourceId={sourceId}"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_failed_import_leaves_what_was_stored_before_untouched()
    {
        var (sourceId, first) = await app.CreateAndImportAsync(Csv("Then broken", app.File("feedback/test-inputs/ragged-rows.csv")));
        Assert.Equal(2, first.Count("new"));
        var before = (await app.ItemsAsync($"sourceId={sourceId}")).ToJsonString();
        var client = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var update = await client.PutAsJsonAsync($"/api/feedback/sources/{sourceId}", new
        {
            name = "Then broken", kind = "Csv", url = app.File("feedback/test-inputs/truncated.json"), scale = new { kind = "Csat", min = 1, max = 5 },
            fields = new { text = "text", score = "score", externalId = "id" },
        });
        update.EnsureSuccessStatusCode();
        var second = await app.ImportAsync(sourceId);
        Assert.Equal("Failed", second["status"]!.GetValue<string>());
        Assert.Equal(before, (await app.ItemsAsync($"sourceId={sourceId}")).ToJsonString());
    }
}
