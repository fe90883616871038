using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;

namespace JourneyStudio.Web.Tests.Heat;

/// <summary>
/// Heat through the real import path: a known CSV is served over HTTP and imported by the Hangfire job into a map
/// whose touchpoints match it by phrase; the expected weekly figures are worked out here from the file itself
/// (NPS 0–10 → (x − 5)/5, ISO weeks by UTC date, Wilson's formula written out), not by the app's heat code.
/// </summary>
[Collection(FeedbackAppCollection.Name)]
public class HeatFiguresApiTests(FeedbackApp app)
{
    private static readonly string[] Weeks = ["2026-W41", "2026-W42", "2026-W43"];
    private const string Window = "window=custom&from=2026-10-05&to=2026-10-25";

    [Fact]
    public async Task Weekly_heat_per_touchpoint_and_stage_matches_the_imported_file()
    {
        var probe = await ProbeMap.CreateAsync(app, "zephyr");
        var (_, run) = await app.CreateAndImportAsync(probe.Source("heat-weekly.csv"));
        Assert.Equal(21, run.Count("new"));

        var items = Expected.Read("heat-weekly.csv");
        var heat = await HeatAsync(probe.MapId);
        AssertSeries(Expected.For(items, probe.Login.Phrases), Touchpoint(heat, probe.Login.Id));
        AssertSeries(Expected.For(items, probe.Branch.Phrases), Touchpoint(heat, probe.Branch.Id));
        AssertSeries(Expected.For(items, probe.Hotline.Phrases), Touchpoint(heat, probe.Hotline.Id));
        // The stage adds its touchpoints: H21 is about both the login and the hotline, so it counts twice there.
        AssertSeries(Expected.For(items, probe.Login.Phrases).Concat(Expected.For(items, probe.Hotline.Phrases)).ToList(), Stage(heat, probe.DigitalStage));

        // 13 login items are enough to colour; 3 branch items are hatched, with their figures still there.
        Assert.Equal("Sufficient", Touchpoint(heat, probe.Login.Id)["window"]!["evidence"]!.GetValue<string>());
        Assert.Equal("Insufficient", Touchpoint(heat, probe.Branch.Id)["window"]!["evidence"]!.GetValue<string>());
        Assert.Null(Touchpoint(heat, probe.Branch.Id)["window"]!["step"]);
        Assert.Equal("insufficient evidence: 3 items, 10 needed", Touchpoint(heat, probe.Branch.Id)["window"]!["evidenceText"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_item_changed_upstream_moves_its_contribution_and_counts_once()
    {
        var probe = await ProbeMap.CreateAsync(app, "nimbus");
        var (sourceId, _) = await app.CreateAndImportAsync(probe.Source("heat-update-before.csv"));
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        (await facilitator.PutAsJsonAsync($"/api/feedback/sources/{sourceId}", probe.Source("heat-update-after.csv"))).EnsureSuccessStatusCode();
        var run = await app.ImportAsync(sourceId);
        Assert.Equal(3, run.Count("updated"));

        // H03 rescored, H06 moved a week, H13 now about the hotline instead of the branch.
        var items = Expected.Read("heat-update-after.csv");
        var heat = await HeatAsync(probe.MapId);
        AssertSeries(Expected.For(items, probe.Login.Phrases), Touchpoint(heat, probe.Login.Id));
        AssertSeries(Expected.For(items, probe.Branch.Phrases), Touchpoint(heat, probe.Branch.Id));
        AssertSeries(Expected.For(items, probe.Hotline.Phrases), Touchpoint(heat, probe.Hotline.Id));
        Assert.Equal(2, Touchpoint(heat, probe.Branch.Id)["window"]!["volume"]!.GetValue<long>());

        // Importing the same file again changes nothing.
        await app.ImportAsync(sourceId);
        Assert.Equal(heat.ToJsonString(), (await HeatAsync(probe.MapId)).ToJsonString());
    }

    [Fact]
    public async Task A_rule_change_rematches_feedback_and_heat_follows_exactly_and_rolls_up()
    {
        var probe = await ProbeMap.CreateAsync(app, "quasar");
        await app.CreateAndImportAsync(probe.Source("heat-rematch.csv"));
        var items = Expected.Read("heat-rematch.csv");

        // The hotline now also takes every login complaint; the re-match job moves them over.
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        string[] widened = ["quasarhotline", "quasarlogin"];
        (await editor.CommandAsync(probe.MapId, new
        {
            type = "SetFeedbackRules", cardId = probe.Hotline.Id, rules = widened.Select(p => new { kind = "Phrase", value = p }),
        })).EnsureSuccessStatusCode();
        var expected = Expected.For(items, widened);
        var heat = await Eventually(() => HeatAsync(probe.MapId),
            h => Touchpoint(h, probe.Hotline.Id)["window"]!["volume"]!.GetValue<long>() == expected.Count);
        AssertSeries(expected, Touchpoint(heat, probe.Hotline.Id));
        AssertSeries(Expected.For(items, probe.Login.Phrases), Touchpoint(heat, probe.Login.Id));

        // The roll-up job brings the workspace view to the same totals.
        var mapTotal = heat["map"]!["window"]!["volume"]!.GetValue<long>();
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        var workspace = await Eventually(async () => await (await viewer.GetAsync($"/api/heat?{Window}")).JsonAsync(),
            w => w["maps"]!.AsArray().Any(m => m!.Id("mapId") == probe.MapId && m!["heat"]!["window"]!["volume"]!.GetValue<long>() == mapTotal));
        var rolled = workspace["maps"]!.AsArray().Single(m => m!.Id("mapId") == probe.MapId)!;
        Assert.Equal(heat["map"]!["window"]!["painIndex"]!.GetValue<double>(), rolled["heat"]!["window"]!["painIndex"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task Heat_of_another_workspace_s_map_is_not_found_and_a_bad_window_is_named()
    {
        var probe = await ProbeMap.CreateAsync(app, "outsider");
        var outsider = await app.OutsiderAsync(WorkspaceRole.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/maps/{probe.MapId}/heat?{Window}")).StatusCode);
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/maps/{probe.MapId}/heat")).StatusCode);
        var bad = await viewer.GetAsync($"/api/maps/{probe.MapId}/heat?window=custom&from=2026-10-25&to=2026-10-05");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ends (2026-10-05) before it starts (2026-10-25)", await bad.Content.ReadAsStringAsync());
        var unknown = await viewer.GetAsync($"/api/maps/{probe.MapId}/heat?window=fortnight");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'fortnight' is not a window", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync("/api/heat/settings", new { evidenceMinimum = 3 })).StatusCode);
    }

    private async Task<JsonNode> HeatAsync(Guid mapId)
    {
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        var response = await viewer.GetAsync($"/api/maps/{mapId}/heat?{Window}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var heat = await response.JsonAsync();
        Assert.Equal(Weeks, heat["window"]!["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        return heat;
    }

    private static async Task<JsonNode> Eventually(Func<Task<JsonNode>> read, Func<JsonNode, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            Assert.True(DateTime.UtcNow < until, $"never reached the expected state: {value.ToJsonString()}");
            await Task.Delay(200);
        }
    }

    private static JsonNode Touchpoint(JsonNode heat, Guid id) => heat["touchpoints"]!.AsArray().Single(t => t!.Id("cardId") == id)!["heat"]!;

    private static JsonNode Stage(JsonNode heat, Guid id) => heat["stages"]!.AsArray().Single(t => t!.Id("stageId") == id)!["heat"]!;

    private static void AssertSeries(IReadOnlyList<Expected.Item> items, JsonNode series)
    {
        AssertFigures(items, series["window"]!);
        for (var i = 0; i < Weeks.Length; i++)
            AssertFigures(items.Where(x => Expected.IsoWeek(x.At) == Weeks[i]).ToList(), series["weeks"]![i]!);
    }

    private static void AssertFigures(IReadOnlyList<Expected.Item> items, JsonNode figures)
    {
        var n = items.Count;
        Assert.Equal(n, figures["volume"]!.GetValue<long>());
        if (n == 0)
        {
            Assert.Null(figures["painIndex"]);
            return;
        }
        var k = items.Count(i => i.Score < 0);
        Assert.Equal(k, figures["negativeItems"]!.GetValue<long>());
        Assert.Equal(items.Average(i => i.Score), figures["meanScore"]!.GetValue<double>(), 9);
        Assert.Equal((double)k / n, figures["negativeShare"]!.GetValue<double>(), 9);
        Assert.Equal(100 * items.Sum(i => Math.Max(0, -i.Score)) / n, figures["painIndex"]!.GetValue<double>(), 9);
        var (lower, upper) = Expected.Wilson(k, n);
        Assert.Equal(lower, figures["negativeShareLower"]!.GetValue<double>(), 9);
        Assert.Equal(upper, figures["negativeShareUpper"]!.GetValue<double>(), 9);
    }

}

/// <summary>
/// A fresh map with two stages and three touchpoints whose rules match only one heat-*.csv file's probe word (rules match
/// all of a workspace's feedback, so each test has its own word).
/// </summary>
public sealed record ProbeMap(FeedbackApp App, Guid MapId, Guid DigitalStage, Guid BranchStage, ProbeTouchpoint Login, ProbeTouchpoint Branch, ProbeTouchpoint Hotline)
{
    public static async Task<ProbeMap> CreateAsync(FeedbackApp app, string word)
    {
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var map = await facilitator.CreateMapAsync(new { title = $"Heat probe {Guid.NewGuid():N}"[..20] });
        var (digital, branch, lane) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var login = new ProbeTouchpoint(Guid.NewGuid(), [word + "login"]);
        var counter = new ProbeTouchpoint(Guid.NewGuid(), [word + "branch"]);
        var hotline = new ProbeTouchpoint(Guid.NewGuid(), [word + "hotline"]);
        var commands = new List<object>
        {
            new { type = "AddStage", name = "Digital", stageId = digital },
            new { type = "AddStage", name = "Branch", stageId = branch },
            new { type = "AddLane", name = "Touchpoints", kind = "Touchpoints", laneId = lane },
            new { type = "AddCard", stageId = digital, laneId = lane, text = "App login", cardId = login.Id },
            new { type = "AddCard", stageId = digital, laneId = lane, text = "Hotline", cardId = hotline.Id },
            new { type = "AddCard", stageId = branch, laneId = lane, text = "Branch visit", cardId = counter.Id },
        };
        foreach (var t in new[] { login, counter, hotline })
            commands.Add(new { type = "SetFeedbackRules", cardId = t.Id, rules = t.Phrases.Select(p => new { kind = "Phrase", value = p }) });
        var response = await facilitator.CommandAsync(map.Id(), commands);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
        return new ProbeMap(app, map.Id(), digital, branch, login, counter, hotline);
    }

    public object Source(string file) => new
    {
        name = $"Heat probe {MapId:N}", kind = "Csv", url = App.File($"feedback/test-inputs/{file}"), scale = new { kind = "Nps", min = 0, max = 10 },
        fields = new { text = "text", score = "score", externalId = "id", date = "date" },
    };
}

public sealed record ProbeTouchpoint(Guid Id, string[] Phrases);

/// <summary>The figures worked out by hand from the CSV.</summary>
internal static class Expected
{
    public sealed record Item(string Id, DateTimeOffset At, string Text, double Score);

    public static List<Item> Read(string file) =>
        File.ReadAllLines(Path.Combine(FeedbackApp.SeedData, "feedback", "test-inputs", file)).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(p => new Item(p[0], DateTimeOffset.Parse(p[1], CultureInfo.InvariantCulture), p[2],
                (double.Parse(p[3], CultureInfo.InvariantCulture) - 5) / 5))
            .ToList();

    public static List<Item> For(IEnumerable<Item> items, IEnumerable<string> phrases) =>
        items.Where(i => phrases.Any(p => i.Text.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();

    public static string IsoWeek(DateTimeOffset at)
    {
        var day = at.UtcDateTime.Date;
        return $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}";
    }

    public static (double Lower, double Upper) Wilson(int k, int n)
    {
        const double z = 1.959963984540054;
        double p = (double)k / n, d = 1 + z * z / n;
        var centre = (p + z * z / (2.0 * n)) / d;
        var half = z / d * Math.Sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
