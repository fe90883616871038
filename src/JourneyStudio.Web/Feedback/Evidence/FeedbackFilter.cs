using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Web.Feedback.Evidence;

/// <summary>Filters of the explorer, the inbox and a touchpoint's evidence; all optional. <see cref="To"/> is exclusive.</summary>
public sealed record FeedbackFilter(
    string? Text = null, Guid? SourceId = null, Guid? MapId = null, Guid? StageId = null, Guid? CardId = null, double? MinScore = null,
    double? MaxScore = null, DateTimeOffset? From = null, DateTimeOffset? To = null, bool UnmatchedOnly = false, bool UnscoredOnly = false,
    int Page = 1, int PageSize = 25)
{
    public const int MaxPageSize = 200;

    /// <summary>Refuses a filter that cannot be meant, naming the parameter.</summary>
    public void Check()
    {
        if (Page < 1) throw new DomainRuleViolation("page", "page starts at 1.");
        if (PageSize is < 1 or > MaxPageSize) throw new DomainRuleViolation("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        if (MinScore is < -1 or > 1) throw new DomainRuleViolation("minScore", "minScore is a normalised score, between -1 and 1.");
        if (MaxScore is < -1 or > 1) throw new DomainRuleViolation("maxScore", "maxScore is a normalised score, between -1 and 1.");
        if (MinScore > MaxScore) throw new DomainRuleViolation("minScore", "minScore is above maxScore.");
        if (From >= To) throw new DomainRuleViolation("from", "from must be before to.");
        if (UnmatchedOnly && (MapId ?? StageId ?? CardId) is not null)
            throw new DomainRuleViolation("unmatched", "unmatched items have no journey, stage or touchpoint to filter by.");
        if (Text is { Length: > 200 }) throw new DomainRuleViolation("q", "the search text is limited to 200 characters.");
    }
}
