using System.Globalization;
using System.Text.Json;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Sources;
using Marten;

namespace JourneyStudio.Web.Feedback.Webhooks;

public sealed record WebhookOutcome(int Status, string Message, ImportRun? Run = null);

/// <summary>
/// Takes a delivery for a webhook source: signature first (so nobody unsigned can fill the replay table), then the
/// timestamp window, then the delivery id against those already taken; only then the body is imported as a run.
/// </summary>
public sealed class WebhookReceiver(IDocumentStore store, FeedbackImporter importer, TimeProvider clock)
{
    public async Task<WebhookOutcome> ReceiveAsync(Guid sourceId, IHeaderDictionary headers, byte[] body, CancellationToken ct)
    {
        FeedbackSource? source;
        await using (var query = store.QuerySession()) source = await query.LoadAsync<FeedbackSource>(sourceId, ct);
        if (source is not { Kind: SourceKind.Webhook, Webhook: { } settings }) return new(404, "No webhook source at this address.");
        if (!source.Enabled) return new(403, "This webhook source is switched off.");

        if (headers[settings.SignatureHeader].FirstOrDefault() is not { Length: > 0 } signature)
            return new(401, $"The {settings.SignatureHeader} header with the signature is missing.");
        string? timestamp = null;
        if (!string.IsNullOrWhiteSpace(settings.TimestampHeader))
        {
            timestamp = headers[settings.TimestampHeader].FirstOrDefault();
            if (string.IsNullOrWhiteSpace(timestamp)) return new(401, $"The {settings.TimestampHeader} header is missing.");
        }
        if (!WebhookSignature.Matches(settings, timestamp, body, signature)) return new(401, "The signature does not match the body.");
        var now = clock.GetUtcNow();
        if (timestamp is not null)
        {
            if (!long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
                return new(401, $"The {settings.TimestampHeader} header must be Unix seconds.");
            var age = now - DateTimeOffset.FromUnixTimeSeconds(seconds);
            if (age.Duration() > TimeSpan.FromSeconds(settings.ToleranceSeconds))
                return new(401, $"The delivery is {(int)age.TotalSeconds} s old; only {settings.ToleranceSeconds} s either way are accepted (replays are refused).");
        }
        var deliveryId = (string.IsNullOrWhiteSpace(settings.DeliveryIdHeader) ? null : headers[settings.DeliveryIdHeader].FirstOrDefault()) ?? signature;
        var seenId = $"{sourceId:N}:{deliveryId}";
        await using (var query = store.QuerySession())
            if (await query.LoadAsync<WebhookDelivery>(seenId, ct) is not null) return new(409, "This delivery was received before; a replay is refused.");

        var run = new ImportRun
        {
            Id = Guid.NewGuid(), WorkspaceId = source.WorkspaceId, SourceId = source.Id, SourceName = source.Name, Trigger = RunTrigger.Webhook,
            RequestedBy = "Webhook " + deliveryId[..Math.Min(deliveryId.Length, 40)], QueuedAt = now,
        };
        run.Restart(now);
        JsonDocument json;
        try { json = JsonDocument.Parse(body); }
        catch (JsonException e)
        {
            run.Status = RunStatus.Failed;
            run.Error = "The body " + JsonFeedbackReader.Problem(e);
            run.FinishedAt = now;
            await SaveAsync(run, null, ct);
            return new(400, run.Error, run);
        }
        using (json)
        {
            IReadOnlyList<ReadOutcome> outcomes;
            try { outcomes = JsonFeedbackReader.Items(json.RootElement, source.Json.ItemsPath, $"delivery {deliveryId}", source, strict: true).Outcomes; }
            catch (SourceUnreadable e)
            {
                run.Status = RunStatus.Failed;
                run.Error = e.Message;
                run.FinishedAt = now;
                await SaveAsync(run, null, ct);
                return new(400, e.Message, run);
            }
            await importer.ImportAsync(source, run, outcomes.ToAsyncEnumerable(), [], ct);
        }
        run.Status = RunStatus.Succeeded;
        run.FinishedAt = clock.GetUtcNow();
        try { await SaveAsync(run, new WebhookDelivery { Id = seenId, SourceId = sourceId, ReceivedAt = now }, ct); }
        catch (JasperFx.DocumentAlreadyExistsException) { return new(409, "This delivery was received at the same moment by another request; a replay is refused.", run); }
        return new(200, $"{run.New} new, {run.Updated} updated, {run.Duplicate} duplicate, {run.Rejected} rejected.", run);
    }

    private async Task SaveAsync(ImportRun run, WebhookDelivery? delivery, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(run);
        if (delivery is not null)
        {
            session.Insert(delivery);
            // Deliveries older than any window are no longer needed to spot a replay.
            var cutoff = delivery.ReceivedAt.AddDays(-2);
            session.DeleteWhere<WebhookDelivery>(d => d.SourceId == delivery.SourceId && d.ReceivedAt < cutoff);
        }
        await session.SaveChangesAsync(ct);
    }
}
