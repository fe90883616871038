using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hangfire;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Web.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Testing;

/// <summary>
/// The app with its Hangfire server polling fast, beside a real HTTP server on a loopback port that serves
/// seed-data/ (and a few misbehaving addresses: redirects to private ranges, a flaky endpoint). The workspace's
/// admin allow-lists 127.0.0.1, as a real admin would for an intranet host.
/// </summary>
public class FeedbackApp : JourneyStudioApp, IAsyncLifetime
{
    private SeedFileServer? files;
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public string FilesUrl => files?.Url ?? throw new InvalidOperationException("The file server starts with the app's fixture.");

    public static Guid Card(string map, string card) => SeedIds.For("northwind", map, "card:" + card);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("JourneyStudio:Feedback:Jobs:QueuePollInterval", "00:00:00.200");
        // Every import test class shares this app; four workers keep one test's import from queueing behind another's re-match.
        builder.UseSetting("JourneyStudio:Feedback:Jobs:Workers", "4");
        builder.UseSetting("JourneyStudio:Feedback:Fetch:RetryDelay", "00:00:00.050");
        builder.UseSetting("JourneyStudio:Feedback:Fetch:AttemptTimeout", "00:00:05");
    }

    public virtual async Task InitializeAsync()
    {
        files = await SeedFileServer.StartAsync(server =>
        {
            server.Use(async (http, next) => { Hits.AddOrUpdate(http.Request.Path + http.Request.QueryString, 1, (_, n) => n + 1); await next(); });
            server.MapGet("/redirect-private", () => Results.Redirect("http://10.20.30.40/feedback.csv"));
            server.MapGet("/redirect-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
            server.MapGet("/redirect-file", () => Results.Redirect("/feedback/test-inputs/ragged-rows.csv"));
            // Fails twice with 503, then serves the file: the resilience handler's retries carry the import through.
            server.MapGet("/flaky/{key}", (string key) =>
                Hits.AddOrUpdate("flaky:" + key, 1, (_, n) => n + 1) <= 2
                    ? Results.StatusCode(503)
                    : Results.File(Path.Combine(SeedData, "feedback", "test-inputs", "ragged-rows.csv"), "text/csv"));
            server.MapGet("/always-503", () => Results.StatusCode(503));
        });

        var admin = await ClientAsAsync(WorkspaceRole.Admin);
        var allow = await admin.PutAsJsonAsync("/api/feedback/settings", new { allowedHosts = new[] { "127.0.0.1" } });
        allow.EnsureSuccessStatusCode();
    }

    public string File(string path) => files!.File(path);

    /// <summary>Creates a source as a facilitator, queues "Import now" and waits for the Hangfire job to finish the run.</summary>
    public async Task<(Guid SourceId, JsonNode Run)> CreateAndImportAsync(object source)
    {
        var client = await ClientAsAsync(WorkspaceRole.Facilitator);
        var created = await client.PostAsJsonAsync("/api/feedback/sources", source);
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"Creating the source failed: {await created.Content.ReadAsStringAsync()}");
        var id = (await created.JsonAsync()).Id();
        return (id, await ImportAsync(id));
    }

    public async Task<JsonNode> ImportAsync(Guid sourceId)
    {
        var client = await ClientAsAsync(WorkspaceRole.Facilitator);
        var queued = await client.PostAsync($"/api/feedback/sources/{sourceId}/import", null);
        if (queued.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"Import now: {queued.StatusCode} {await queued.Content.ReadAsStringAsync()}");
        return await WaitForRunAsync((await queued.JsonAsync()).Id());
    }

    public async Task<JsonNode> WaitForRunAsync(Guid runId, TimeSpan? timeout = null)
    {
        var client = await ClientAsAsync(WorkspaceRole.Facilitator);
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var run = await (await client.GetAsync($"/api/feedback/runs/{runId}")).JsonAsync();
            var status = run["status"]!.GetValue<string>();
            if (status is "Succeeded" or "Failed" && run["finishedAt"] is not null) return run;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Run {runId} still {status}: {run.ToJsonString()}; the workers meanwhile: {Processing()}");
            await Task.Delay(150);
        }
    }

    /// <summary>What the job server is busy with, for a timeout's message.</summary>
    private string Processing() =>
        string.Join("; ", Services.GetRequiredService<JobStorage>().GetMonitoringApi().ProcessingJobs(0, 20)
            .Select(j => $"{j.Value.Job?.Type.Name}.{j.Value.Job?.Method.Name} since {j.Value.StartedAt:HH:mm:ss}")) is { Length: > 0 } busy ? busy : "nothing";

    public async Task<JsonNode> ItemsAsync(string query = "")
    {
        var client = await ClientAsAsync(WorkspaceRole.Viewer);
        var response = await client.GetAsync("/api/feedback/items?" + (query.Contains("pageSize=") ? query : "pageSize=200&" + query));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (files is not null) await files.DisposeAsync();
        await DisposeAsync();
    }
}

public static class RunAssertions
{
    public static int Count(this JsonNode run, string name) => run[name]!.GetValue<int>();
}

/// <summary>
/// One feedback app, with its file server and fast-polling Hangfire server, for every import test class; tests
/// isolate by creating their own sources.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FeedbackAppCollection : ICollectionFixture<FeedbackApp>
{
    public const string Name = "feedback app";
}
