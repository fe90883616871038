using System.Globalization;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;

namespace JourneyStudio.Web.Feedback.Components.Evidence;

/// <summary>How evidence reads on screen: normalised scores signed to two places, shares as percentages, and a tone per score.</summary>
public static class EvidenceFormat
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static string Score(double? score) => score switch
    {
        null => "—",
        > 0 => "+" + score.Value.ToString("0.00", En),
        < 0 => "−" + (-score.Value).ToString("0.00", En),
        _ => "0.00",
    };

    public static string Share(double? share) => share is { } s ? Math.Round(s * 100).ToString("0", En) + "%" : "—";

    public static string Count(long count) => count.ToString("N0", En);

    /// <summary>A CSS class for a score: negative below −0.2, positive above +0.2, neutral between; none without a score.</summary>
    public static string Tone(double? score) => score switch
    {
        null => "tone-none",
        < -0.2 => "tone-neg",
        > 0.2 => "tone-pos",
        _ => "tone-neu",
    };

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Week(DateOnly week) => week.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>What the score is on its own scale ("2 on CSAT 1–5"), or that it was read from the text.</summary>
    public static string ScoreOrigin(FeedbackItem item) => item.ScoreOrigin switch
    {
        Domain.Feedback.ScoreOrigin.Source when item.RawScore is { } raw => $"{raw} on {item.Scale.Kind} {item.Scale.Min:0.##}–{item.Scale.Max:0.##}",
        Domain.Feedback.ScoreOrigin.Sentiment => "sentiment of the text",
        _ => item.Unscored ? "not scored (language not known)" : "no score",
    };

    /// <summary>Why the item sits on that touchpoint: the rule's wording, or who assigned it.</summary>
    public static string Why(TouchpointMatch match) => match.Origin == MatchOrigin.Rule ? "rule: " + match.Reason : match.Reason;
}
