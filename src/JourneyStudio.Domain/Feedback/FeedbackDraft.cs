using JourneyStudio.Domain.Feedback.Scores;

namespace JourneyStudio.Domain.Feedback;

/// <summary>
/// One item as a reader found it, all values still text, with <see cref="Where"/> naming its place in the source
/// ("line 14", "https://…/reviews?page=2, review 3", "$.data[4]") for any error message about it.
/// <see cref="Scale"/> is set when the item states its own range (a review's bestRating); otherwise the source's scale applies.
/// <see cref="KeyText"/>, when set, is the text as the reader read it when items were first keyed by it (see <c>HtmlText</c>):
/// an item with no external id is keyed by a hash of its text, so a better reading of the same text must not make it new.
/// </summary>
public sealed record FeedbackDraft(
    string Where,
    string? ExternalId,
    string? Title,
    string? Text,
    string? Score,
    string? Date,
    string? Author,
    string? Contact,
    string? Channel,
    string? Url,
    IReadOnlyDictionary<string, string> Fields,
    ScoreScale? Scale = null,
    string? KeyText = null);

/// <summary>Why one row, field, page or URL was not imported: where it is, which field (if one), and the reason in words.</summary>
public sealed record Rejection(string Where, string? Field, string Reason)
{
    public override string ToString() => Field is null ? $"{Where}: {Reason}" : $"{Where}, field {Field}: {Reason}";
}
