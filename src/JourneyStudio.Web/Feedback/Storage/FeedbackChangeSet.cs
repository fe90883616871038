namespace JourneyStudio.Web.Feedback.Storage;

/// <summary>
/// What one write does to the feedback tables, all in one transaction: new items and their match rows (by COPY),
/// items changed in place, and match rows replaced (upserted) or gone (by item and card).
/// </summary>
public sealed class FeedbackChangeSet
{
    public List<Domain.Feedback.FeedbackItem> Fresh { get; } = [];
    public List<FeedbackMatch> FreshMatches { get; } = [];
    public List<Domain.Feedback.FeedbackItem> Changed { get; } = [];
    public List<FeedbackMatch> Matches { get; } = [];
    public List<(Guid ItemId, Guid CardId)> GoneMatches { get; } = [];
}
