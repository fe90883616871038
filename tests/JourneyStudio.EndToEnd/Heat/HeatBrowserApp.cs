using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.AspNetCore.Hosting;

namespace JourneyStudio.EndToEnd.Heat;

/// <summary>The app serving the demo feedback files itself, with its job server polling fast.</summary>
public sealed class HeatBrowserApp : BrowserApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("JourneyStudio:Feedback:ServeDemoFiles", "true");
        builder.UseSetting("JourneyStudio:Feedback:Jobs:QueuePollInterval", "00:00:00.200");
    }

    /// <summary>An API client on the real port, signed in as the demo account with <paramref name="role"/>.</summary>
    public async Task<HttpClient> ApiAsAsync(WorkspaceRole role)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };
        (await client.PostAsJsonAsync("/api/account/signin", new { email = EmailFor(role), password = DemoPassword })).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Imports the bank's account-opening survey (1,384 answers) through the real job, as a facilitator would.</summary>
    public async Task ImportBankSurveyAsync()
    {
        var admin = await ApiAsAsync(WorkspaceRole.Admin);
        (await admin.PutAsJsonAsync("/api/feedback/settings", new { allowedHosts = new[] { "127.0.0.1" } })).EnsureSuccessStatusCode();
        var facilitator = await ApiAsAsync(WorkspaceRole.Facilitator);
        var created = await facilitator.PostAsJsonAsync("/api/feedback/sources", new
        {
            name = "Account opening survey", kind = "Csv", url = $"{BaseUrl}/demo-feedback/bank/survey-qualtrics/account-opening-survey.csv",
            scale = new { kind = "Nps", min = 0, max = 10 }, timeZone = "Europe/London",
            csv = new { headerRow = 1, skipRowsAfterHeader = 2 },
            fields = new { text = "Q4", score = "Q1", date = "RecordedDate", externalId = "ResponseId" },
            skip = new[] { new { field = "Status", value = "Survey Preview" } },
        });
        created.EnsureSuccessStatusCode();
        var queued = await facilitator.PostAsync($"/api/feedback/sources/{(await JsonOf(created))["id"]!.GetValue<Guid>()}/import", null);
        var runId = (await JsonOf(queued))["id"]!.GetValue<Guid>();
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var run = await JsonOf(facilitator.GetAsync($"/api/feedback/runs/{runId}"));
            if (run["status"]!.GetValue<string>() == "Succeeded" && run["finishedAt"] is not null) break;
            Assert.True(run["status"]!.GetValue<string>() != "Failed", run.ToJsonString());
            Assert.True(DateTime.UtcNow < until, $"the import did not finish: {run.ToJsonString()}");
            await Task.Delay(250);
        }
    }

    public static async Task<JsonNode> JsonOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty answer");

    public static async Task<JsonNode> JsonOf(Task<HttpResponseMessage> response) => await JsonOf(await response);
}
