using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Feedback.Scores;

namespace JourneyStudio.Domain.Feedback;

public enum ScoreOrigin { None, Source, Sentiment }

/// <summary>
/// One piece of customer feedback as imported: the source's own words and score kept as they came, the score
/// normalised to [−1, 1] (or the sentiment of the text when the source gave none), and the touchpoints it was
/// matched to. The id is derived from the source and <see cref="Key"/>, so importing the same item again finds it.
/// </summary>
public sealed record FeedbackItem
{
    public Guid Id { get; init; }
    public Guid WorkspaceId { get; init; }
    public Guid SourceId { get; init; }
    /// <summary>"id:…" with the source's external id, or "hash:…" of the content when the source has no ids.</summary>
    public string Key { get; init; } = "";
    public string? ExternalId { get; init; }
    /// <summary>A hash of everything the source said about the item; when it changes, the item changed upstream.</summary>
    public string Fingerprint { get; init; } = "";
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    public string? RawScore { get; init; }
    public ScoreScale Scale { get; init; } = ScoreScale.None;
    /// <summary>In [−1, 1]; null when the item has no score and its text could not be scored.</summary>
    public double? Score { get; init; }
    public ScoreOrigin ScoreOrigin { get; init; }
    public string? Language { get; init; }
    /// <summary>Text in a language the sentiment scorer does not know (or with nothing to score), and no score from the source.</summary>
    public bool Unscored { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    /// <summary>False when the source gave no date and <see cref="ReceivedAt"/> is when it was first imported.</summary>
    public bool DateFromSource { get; init; }
    public DateOnly Week { get; init; }
    public string? Author { get; init; }
    public string? Contact { get; init; }
    public string? Channel { get; init; }
    public string? Url { get; init; }
    /// <summary>Every other value the source gave (columns, JSON paths, feed elements), by name; rules can match on them.</summary>
    public Dictionary<string, string> Fields { get; init; } = [];
    public IReadOnlyList<TouchpointMatch> Matches { get; init; } = [];
    public int MatchCount { get; init; }
    public DateTimeOffset ImportedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Revision { get; init; } = 1;
    public Guid LastRunId { get; init; }

    public MatchInput ForMatching() => new(Title, Text, Channel, Url, Fields);

    public FeedbackItem WithMatches(IReadOnlyList<TouchpointMatch> matches) => this with { Matches = matches, MatchCount = matches.Count };

    /// <summary>The Monday (UTC) of the item's week: the bucket heat figures are kept in.</summary>
    public static DateOnly WeekOf(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var offset = ((int)day.DayOfWeek + 6) % 7;
        return day.AddDays(-offset);
    }
}
