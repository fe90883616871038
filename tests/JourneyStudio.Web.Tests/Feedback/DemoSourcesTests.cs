using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Feedback;

/// <summary>
/// seed-data/feedback/sources.json through the real seeder, Hangfire jobs and PostgreSQL, against the demo files
/// served over HTTP: every source ends up holding exactly the customer items that truth.csv lists for its folder.
/// </summary>
[Collection(FeedbackAppCollection.Name)]
public class DemoSourcesTests(FeedbackApp app)
{
    [Fact]
    public async Task Every_demo_source_imports_exactly_the_customer_items_of_its_files()
    {
        var seed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(FeedbackApp.SeedData, "feedback", "sources.json")))!;
        var truth = (await File.ReadAllLinesAsync(Path.Combine(FeedbackApp.SeedData, "feedback", "demo", "truth.csv"))).Skip(1)
            .Select(line => line[..line.IndexOf(',')]).ToList();

        var added = await app.Services.GetRequiredService<DemoFeedbackSeeder>().LoadAsync(app.File("feedback/demo"), CancellationToken.None);
        Assert.Equal(13, added);

        var client = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var expected = new List<string>();
        var actual = new List<string>();
        foreach (var source in seed["sources"]!.AsArray())
        {
            var key = source!["key"]!.GetValue<string>();
            var folder = Folder(source);
            var id = SeedIds.For("northwind", "feedback-source", key);
            var runs = (await (await client.GetAsync($"/api/feedback/sources/{id}/runs")).JsonAsync()).AsArray();
            Assert.NotEmpty(runs);
            foreach (var run in runs)
            {
                var done = await app.WaitForRunAsync(run!["id"]!.GetValue<Guid>(), TimeSpan.FromSeconds(120));
                Assert.True(done["status"]!.GetValue<string>() == "Succeeded", $"{key}: {done["error"]}");
            }
            expected.Add($"{key}: {truth.Count(f => f.StartsWith(folder + "/", StringComparison.Ordinal))}");
            actual.Add($"{key}: {(await app.ItemsAsync($"sourceId={id}&pageSize=1"))["total"]!.GetValue<int>()}");
        }
        Assert.Equal(expected, actual);
    }

    /// <summary>The demo folder a source reads: its URL's folder, or the folder its webhook bodies come from.</summary>
    private static string Folder(JsonNode source)
    {
        if (source["deliveries"]?.GetValue<string>() is { } deliveries) return deliveries["demo/".Length..];
        var url = source["source"]!["url"]!.GetValue<string>()["{demo}/".Length..];
        return url[..url.LastIndexOf('/')];
    }
}
