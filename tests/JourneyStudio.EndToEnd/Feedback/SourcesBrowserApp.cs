using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Seeding;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Testing;

/// <summary>
/// The browser app beside a plain file server on a loopback port over seed-data/feedback, the way a survey tool's
/// export link would be served; 127.0.0.1 is on the workspace's allow-list, as an admin would put it, so sources may fetch from it.
/// </summary>
public class SourcesBrowserApp : BrowserApp
{
    private SeedFileServer? files;

    /// <summary>seed-data/feedback over HTTP.</summary>
    public string FilesUrl => files!.File("feedback");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("JourneyStudio:Feedback:Jobs:QueuePollInterval", "00:00:00.200");
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        files = await SeedFileServer.StartAsync();
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(new FeedbackSettings { Id = SeedIds.Workspace("northwind"), AllowedHosts = ["127.0.0.1"], UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = "the test" });
        await session.SaveChangesAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (files is not null) await files.DisposeAsync();
        await base.DisposeAsync();
    }
}
