using Hangfire;
using JourneyStudio.Web.Collaboration;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Heat.Jobs;
using Microsoft.AspNetCore.SignalR;

namespace JourneyStudio.Web.Heat;

/// <summary>
/// When a committed import batch or re-match changed evidence, tells every open canvas of the maps concerned to
/// fetch its heat again (a "heat" message to the map's hub group, which the Redis backplane carries to canvases on
/// other instances) and queues the roll-up for the workspace. The tallies themselves changed in the batch's own
/// transaction; this only says so.
/// </summary>
public sealed class HeatLiveNotices(FeedbackNotifier notifier, IHubContext<MapHub> hub, IServiceProvider services, ILogger<HeatLiveNotices> log)
    : IHostedService
{
    public const string HeatMessage = "heat";

    public Task StartAsync(CancellationToken ct)
    {
        notifier.EvidenceChanged += OnEvidenceChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        notifier.EvidenceChanged -= OnEvidenceChanged;
        return Task.CompletedTask;
    }

    // A change relayed from another instance was told there: its roll-up is queued and its heat message went through
    // the backplane. Unmatched items alone carry no heat.
    private void OnEvidenceChanged(FeedbackChanges changes)
    {
        if (!changes.Relayed && changes.MapIds.Count > 0) _ = TellAsync(changes);
    }

    private async Task TellAsync(FeedbackChanges changes)
    {
        try
        {
            services.GetRequiredService<IBackgroundJobClient>().Enqueue<HeatRollupJob>(job => job.RunAsync(changes.WorkspaceId, CancellationToken.None));
            foreach (var mapId in changes.MapIds)
                await hub.Clients.Group(MapHub.GroupOf(mapId)).SendAsync(HeatMessage, mapId);
        }
        catch (Exception e)
        {
            // The import is stored either way; a canvas that missed the notice shows the new heat on its next refresh.
            log.LogWarning(e, "Telling canvases about new heat failed");
        }
    }
}
