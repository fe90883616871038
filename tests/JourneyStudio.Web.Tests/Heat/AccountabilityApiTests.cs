using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JourneyStudio.Web.Tests.Heat;

/// <summary>
/// The accountability matrix over HTTP, on an app whose clock stands in late October: the October feedback of
/// heat-weekly.csv falls in "this quarter", and the figures are worked out here from the file itself.
/// </summary>
public class AccountabilityApiTests(ClockedFeedbackApp app) : IClassFixture<ClockedFeedbackApp>
{
    [Fact]
    public async Task Each_department_answers_for_the_touchpoints_it_owns_with_the_heat_of_their_feedback()
    {
        var probe = await ProbeMap.CreateAsync(app, "zephyr");
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var departments = (await (await editor.GetAsync("/api/workspace")).JsonAsync())["departments"]!.AsArray();
        var (first, second) = (departments[0]!, departments[1]!);
        (await editor.CommandAsync(probe.MapId, new object[]
        {
            new { type = "AssignOwner", cardId = probe.Login.Id, departmentId = first.Id() },
            new { type = "AssignOwner", cardId = probe.Hotline.Id, departmentId = second.Id() },
        })).EnsureSuccessStatusCode();
        await app.CreateAndImportAsync(probe.Source("heat-weekly.csv"));
        var items = Expected.Read("heat-weekly.csv");
        var login = Expected.For(items, probe.Login.Phrases);
        var hotline = Expected.For(items, probe.Hotline.Phrases);

        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        var matrix = (await viewer.GetFromJsonAsync<JsonNode>("/api/accountability"))!;
        var column = matrix["journeys"]!.AsArray().Select(j => j!["mapId"]!.GetValue<Guid>()).ToList().IndexOf(probe.MapId);
        Assert.True(column >= 0, "the probe map is a column of the matrix");
        var journey = matrix["journeys"]![column]!["title"]!.GetValue<string>();

        var firstCell = Row(matrix, first["name"]!.GetValue<string>())["cells"]![column]!;
        Assert.Equal(["App login"], Labels(firstCell["touchpoints"]!));
        Assert.Equal(login.Count, firstCell["heat"]!["volume"]!.GetValue<long>());
        Assert.Equal(100 * login.Sum(i => Math.Max(0, -i.Score)) / login.Count, firstCell["heat"]!["painIndex"]!.GetValue<double>(), 9);
        Assert.Equal(["Hotline"], Labels(Row(matrix, second["name"]!.GetValue<string>())["cells"]![column]!["touchpoints"]!));
        // Nobody answers for the branch visit: it shows in the last row, the gaps.
        var gaps = matrix["rows"]!.AsArray()[^1]!;
        Assert.Null(gaps["department"]);
        Assert.Equal(["Branch visit"], Labels(gaps["cells"]![column]!["touchpoints"]!));

        var csv = await viewer.GetAsync("/api/accountability/touchpoints.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        using var reader = new CsvReader(new StringReader(await csv.Content.ReadAsStringAsync()), System.Globalization.CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var hotlineRow = rows.Single(r => (string)r["touchpoint"] == "Hotline" && (string)r["journey"] == journey);
        Assert.Equal(second["name"]!.GetValue<string>(), hotlineRow["owner"]);
        Assert.Equal(hotline.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), hotlineRow["items"]);
        Assert.Equal("Digital", hotlineRow["stage"]);
        Assert.Equal("", rows.Single(r => (string)r["touchpoint"] == "Branch visit" && (string)r["journey"] == journey)["owner"]);
    }

    [Fact]
    public async Task Nobody_signed_out_reads_the_matrix_or_its_spreadsheets_and_a_wrong_window_is_named()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var path in (string[])["/api/accountability", "/api/accountability/touchpoints.csv", "/api/accountability/pain-points.csv"])
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);

        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        foreach (var window in (string[])["fortnight", "custom"])
        {
            var wrong = await viewer.GetAsync($"/api/accountability?window={window}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains($"'{window}' is not a window of the matrix; use quarter or last4.", await wrong.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_member_of_another_workspace_sees_none_of_this_ones_journeys_or_cards()
    {
        var probe = await ProbeMap.CreateAsync(app, "quasar");
        var own = await (await app.ClientAsAsync(WorkspaceRole.Viewer)).GetStringAsync("/api/accountability");
        Assert.Contains(probe.MapId.ToString(), own);
        var outsider = await app.OutsiderAsync(WorkspaceRole.Viewer);

        var matrix = (await outsider.GetFromJsonAsync<JsonNode>("/api/accountability"))!;
        Assert.Empty(matrix["journeys"]!.AsArray());
        Assert.Empty(matrix["rows"]!.AsArray());
        var csv = await outsider.GetStringAsync("/api/accountability/touchpoints.csv");
        Assert.DoesNotContain("App login", csv);
    }

    private static JsonNode Row(JsonNode matrix, string department) =>
        matrix["rows"]!.AsArray().Single(r => r!["department"]?["name"]?.GetValue<string>() == department)!;

    private static List<string> Labels(JsonNode list) => list.AsArray().Select(t => t!["text"]!.GetValue<string>()).ToList();
}
