using System.Text.Json;
using JourneyStudio.Web.Hosting;
using Marten;
using StackExchange.Redis;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// Carries evidence notices between app instances over Redis, so a triage count or an evidence panel open on one
/// instance follows an import that another instance's job server ran. Each instance publishes what its own
/// <see cref="FeedbackNotifier"/> announces and re-announces what the others publish, marked
/// <see cref="FeedbackChanges.Relayed"/> so that work done once per change (the heat roll-up, the canvases' heat
/// message, which the SignalR backplane already spreads) is not done again. The channel is named after the store's
/// schema: deployments sharing a Redis server do not hear each other.
/// </summary>
public sealed class FeedbackRelay(FeedbackNotifier notifier, IDocumentStore store, string redis, ILogger<FeedbackRelay> log) : IHostedService, IAsyncDisposable
{
    private readonly Guid instance = Guid.NewGuid();
    private readonly RedisChannel channel = RedisChannel.Literal($"journeystudio:feedback:{store.Options.DatabaseSchemaName}");
    private ConnectionMultiplexer? connection;

    private sealed record Notice(Guid Instance, Guid WorkspaceId, Guid[] MapIds, Guid[] CardIds);

    public async Task StartAsync(CancellationToken ct)
    {
        connection = await ConnectionMultiplexer.ConnectAsync(redis);
        await connection.GetSubscriber().SubscribeAsync(channel, (_, message) => Receive(message));
        notifier.EvidenceChanged += Send;
    }

    public Task StopAsync(CancellationToken ct)
    {
        notifier.EvidenceChanged -= Send;
        return Task.CompletedTask;
    }

    private void Send(FeedbackChanges changes)
    {
        if (changes.Relayed || connection is null) return;
        var notice = new Notice(instance, changes.WorkspaceId, [.. changes.MapIds], [.. changes.CardIds]);
        _ = PublishAsync(JsonSerializer.Serialize(notice, JsonDefaults.Options));
    }

    private async Task PublishAsync(string message)
    {
        // The change is stored either way; pages elsewhere that miss the notice show it on their next read.
        try { await connection!.GetSubscriber().PublishAsync(channel, message); }
        catch (Exception e) when (e is RedisException or TimeoutException) { log.LogWarning(e, "Publishing a feedback notice to the other instances failed"); }
    }

    private void Receive(RedisValue message)
    {
        Notice? notice;
        try { notice = JsonSerializer.Deserialize<Notice>(message.ToString(), JsonDefaults.Options); }
        catch (JsonException e)
        {
            log.LogWarning(e, "A feedback notice from another instance could not be read");
            return;
        }
        if (notice is null || notice.Instance == instance) return;
        notifier.Publish(new FeedbackChanges(notice.WorkspaceId, notice.MapIds, notice.CardIds, Relayed: true));
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null) await connection.DisposeAsync();
    }
}
