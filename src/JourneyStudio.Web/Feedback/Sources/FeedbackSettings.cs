namespace JourneyStudio.Web.Feedback.Sources;

/// <summary>
/// A workspace's feedback settings, changed by Admins only. <see cref="AllowedHosts"/> are host names or IP
/// addresses that fetches may reach even though they resolve to loopback or private addresses (an intranet survey
/// tool, or the local demo server); everything else must resolve to public addresses.
/// </summary>
public sealed class FeedbackSettings
{
    /// <summary>The workspace id.</summary>
    public Guid Id { get; set; }
    public List<string> AllowedHosts { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>A webhook delivery already taken, kept for the replay window so the same delivery is never taken twice.</summary>
public sealed class WebhookDelivery
{
    /// <summary>"{sourceId}:{delivery id or signature}".</summary>
    public string Id { get; set; } = "";
    public Guid SourceId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
