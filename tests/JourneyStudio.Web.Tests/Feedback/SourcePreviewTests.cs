using System.Net;
using System.Net.Http.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;

namespace JourneyStudio.Web.Tests.Feedback;

/// <summary>The wizard's preview: the first items as an import would make them, with nothing stored, for Facilitators and up only.</summary>
[Collection(FeedbackAppCollection.Name)]
public class SourcePreviewTests(FeedbackApp app)
{
    [Fact]
    public async Task Previewing_a_survey_export_shows_normalised_rows_and_rejections_and_stores_nothing()
    {
        var client = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var before = (await app.ItemsAsync("pageSize=1"))["total"]!.GetValue<int>();
        var response = await client.PostAsJsonAsync("/api/feedback/sources/preview", new
        {
            source = new
            {
                name = "Preview", kind = "Csv", url = app.File("feedback/demo/bank/survey-qualtrics/account-opening-survey.csv"),
                scale = new { kind = "Nps", min = 0, max = 10 }, timeZone = "Europe/London", csv = new { headerRow = 1, skipRowsAfterHeader = 2 },
                fields = new { text = "Q4", score = "Q1", date = "RecordedDate", externalId = "ResponseId" },
                skip = new[] { new { field = "Status", value = "Survey Preview" } },
            },
        });
        response.EnsureSuccessStatusCode();
        var preview = await response.JsonAsync();

        Assert.Null(preview["error"]);
        Assert.Equal("UTF-8", preview["csv"]!["encoding"]!.GetValue<string>());
        Assert.Equal(2, preview["csv"]!["suggestedSkipRowsAfterHeader"]!.GetValue<int>());
        var rows = preview["rows"]!.AsArray();
        Assert.Equal(12, rows.Count);
        Assert.True(preview["more"]!.GetValue<bool>());
        var first = rows.First(r => r!["rejectedReason"] is null)!;
        Assert.StartsWith("R_", first["externalId"]!.GetValue<string>());
        Assert.InRange(first["score"]!.GetValue<double>(), -1, 1);
        Assert.Contains(rows, r => r!["rejectedReason"]?.GetValue<string>().Contains("Survey Preview") == true);
        Assert.Equal(before, (await app.ItemsAsync("pageSize=1"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Previewing_a_mapping_to_a_column_the_file_lacks_names_the_column_and_lists_the_header()
    {
        var client = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var preview = await (await client.PostAsJsonAsync("/api/feedback/sources/preview", new
        {
            source = new { name = "Preview", kind = "Csv", fields = new { text = "Comments" } },
            fileBase64 = Convert.ToBase64String("id,text,score\n1,Fine,5\n"u8.ToArray()), fileName = "small.csv",
        })).JsonAsync();
        Assert.Contains("'Comments' is not in the header", preview["error"]!.GetValue<string>());
        Assert.Equal(["id", "text", "score"], preview["csv"]!["header"]!.AsArray().Select(h => h!.GetValue<string>()));
    }

    [Fact]
    public async Task A_preview_is_refused_to_editors_and_cannot_reach_a_private_address()
    {
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var source = new { name = "Preview", kind = "Html", url = "http://10.20.30.40/reviews.html" };
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/feedback/sources/preview", new { source })).StatusCode);

        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var preview = await (await facilitator.PostAsJsonAsync("/api/feedback/sources/preview", new { source })).JsonAsync();
        Assert.Contains("10.20.30.40", preview["error"]!.GetValue<string>());
        Assert.Empty(preview["rows"]!.AsArray());
    }
}
