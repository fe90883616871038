using System.Text.Json;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Jobs;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Seeding;
using Marten;
using Microsoft.Extensions.FileProviders;

namespace JourneyStudio.Web.Feedback.Sources;

/// <summary>seed-data/feedback/sources.json: the demo workspace's sources, with <c>{demo}</c> standing for where the demo files are served.</summary>
public sealed record SeedFeedback(string Workspace, IReadOnlyList<string> AllowedHosts, IReadOnlyList<SeedSource> Sources);

/// <summary>One demo source. <see cref="Deliveries"/> (webhook sources) is a folder under seed-data/feedback whose JSON bodies are delivered, signed, once.</summary>
public sealed record SeedSource(string Key, SourceRequest Source, string? Upload = null, string? Deliveries = null);

/// <summary>
/// Demo sources, loaded once like the rest of the demo data: each gets a fixed id from its key, and its first import
/// is queued when it is created, so a new user sees imports run. The URL kinds fetch from the app itself
/// (<c>JourneyStudio:Feedback:DemoBaseUrl</c>, served from seed-data/feedback/demo at /demo-feedback when
/// <c>JourneyStudio:Feedback:ServeDemoFiles</c> is on), so the demo workspace's allow-list holds that host.
/// </summary>
public sealed class DemoFeedbackSeeder(IDocumentStore store, SeedDataFolder folder, IConfiguration configuration, IServiceProvider services, ILogger<DemoFeedbackSeeder> log)
{
    public string? DemoBaseUrl => configuration["JourneyStudio:Feedback:DemoBaseUrl"];

    public Task<int> LoadAsync(CancellationToken ct) => DemoBaseUrl is { Length: > 0 } baseUrl ? LoadAsync(baseUrl, ct) : Task.FromResult(0);

    /// <summary>Adds the demo sources missing from the workspace, fetching from <paramref name="baseUrl"/>; answers how many were added.</summary>
    public async Task<int> LoadAsync(string baseUrl, CancellationToken ct)
    {
        var path = folder.File(Path.Combine("feedback", "sources.json"));
        if (!File.Exists(path)) return 0;
        SeedFeedback seed;
        await using (var stream = File.OpenRead(path))
            seed = JsonSerializer.Deserialize<SeedFeedback>(stream, JsonDefaults.Options) ?? throw new InvalidDataException($"{path}: empty.");
        var workspaceId = SeedIds.Workspace(seed.Workspace);
        var created = new List<(FeedbackSource Source, SeedSource Seed)>();
        await using (var session = store.LightweightSession())
        {
            if (await session.LoadAsync<FeedbackSettings>(workspaceId, ct) is null)
                session.Store(new FeedbackSettings { Id = workspaceId, AllowedHosts = [.. seed.AllowedHosts], UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = "the demo data" });
            foreach (var s in seed.Sources)
            {
                var id = SeedIds.For(seed.Workspace, "feedback-source", s.Key);
                if (await session.LoadAsync<FeedbackSource>(id, ct) is not null) continue;
                var request = s.Source with { Url = s.Source.Url?.Replace("{demo}", baseUrl.TrimEnd('/')) };
                var source = new FeedbackSource { Id = id, WorkspaceId = workspaceId, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "the demo data", UpdatedAt = DateTimeOffset.UtcNow };
                try { request.ApplyTo(source); }
                catch (Domain.Shared.DomainRuleViolation v) { throw new InvalidDataException($"{path}: source {s.Key}: {v.Field}: {v.Message}", v); }
                if (s.Upload is { } upload)
                {
                    var file = folder.File(Path.Combine("feedback", upload));
                    var content = await File.ReadAllBytesAsync(file, ct);
                    var uploaded = new FeedbackUpload { Id = SeedIds.For(seed.Workspace, "feedback-upload", s.Key), WorkspaceId = workspaceId, FileName = Path.GetFileName(file), Content = content, UploadedAt = DateTimeOffset.UtcNow };
                    session.Store(uploaded);
                    source.UploadId = uploaded.Id;
                }
                session.Store(source);
                created.Add((source, s));
            }
            await session.SaveChangesAsync(ct);
        }
        using var scope = services.CreateScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<FeedbackScheduler>();
        foreach (var (source, s) in created)
        {
            scheduler.Sync(source);
            if (source.Kind != SourceKind.Webhook) await scheduler.ImportNowAsync(source, RunTrigger.Demo, "the demo data", ct);
            else if (s.Deliveries is { } deliveries) await DeliverAsync(source, folder.File(Path.Combine("feedback", deliveries)), ct);
        }
        if (created.Count > 0) log.LogInformation("Demo feedback: {Count} sources added, first imports queued", created.Count);
        return created.Count;
    }

    /// <summary>Posts each body in the folder through the real receiver, signed as the sending tool would, so webhook sources show runs too.</summary>
    private async Task DeliverAsync(FeedbackSource source, string directory, CancellationToken ct)
    {
        if (!Directory.Exists(directory) || source.Webhook is not { } settings) return;
        var receiver = services.GetRequiredService<Webhooks.WebhookReceiver>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var body = await File.ReadAllBytesAsync(file, ct);
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var headers = new HeaderDictionary { [settings.SignatureHeader] = Webhooks.WebhookSignature.Header(settings, timestamp, body) };
            if (settings.TimestampHeader is { } t) headers[t] = timestamp;
            if (settings.DeliveryIdHeader is { } d) headers[d] = Path.GetFileNameWithoutExtension(file);
            var outcome = await receiver.ReceiveAsync(source.Id, headers, body, ct);
            if (outcome.Status != 200) log.LogWarning("Demo webhook {File} for {Source}: {Status} {Message}", file, source.Name, outcome.Status, outcome.Message);
        }
    }
}

/// <summary>
/// Loads the demo sources once the app listens: the URL sources fetch from the app itself, so their first imports
/// must not be queued before Kestrel accepts connections.
/// </summary>
internal sealed class DemoFeedbackOnStart(DemoFeedbackSeeder seeder, IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<DemoFeedbackOnStart> log) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        if (!configuration.GetValue("JourneyStudio:LoadDemoData", true) || seeder.DemoBaseUrl is not { Length: > 0 }) return Task.CompletedTask;
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try { await seeder.LoadAsync(lifetime.ApplicationStopping); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Loading the demo feedback sources failed"); }
        }));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

public static class DemoFeedbackFiles
{
    /// <summary>Serves seed-data/feedback/demo at /demo-feedback when <c>JourneyStudio:Feedback:ServeDemoFiles</c> is on (./build.sh run).</summary>
    public static WebApplication MapDemoFeedbackFiles(this WebApplication app)
    {
        if (!app.Configuration.GetValue("JourneyStudio:Feedback:ServeDemoFiles", false)) return app;
        var folder = app.Services.GetRequiredService<SeedDataFolder>().File(Path.Combine("feedback", "demo"));
        if (!Directory.Exists(folder)) return app;
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".atom"] = "application/atom+xml";
        types.Mappings[".rss"] = "application/rss+xml";
        types.Mappings[".tsv"] = "text/tab-separated-values";
        app.MapGet("/demo-feedback/{**path}", (string path) =>
        {
            var info = files.GetFileInfo(path ?? "");
            if (!info.Exists || info.IsDirectory) return Results.NotFound();
            return Results.File(info.PhysicalPath!, types.TryGetContentType(info.Name, out var type) ? type : "application/octet-stream");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
