using System.Globalization;
using System.Text.RegularExpressions;

namespace JourneyStudio.Domain.Feedback.Scores;

/// <summary>A raw score read against its scale: the number it stood for and its place in [−1, 1].</summary>
public sealed record NormalisedScore(double Value, double? RawNumber);

/// <summary>A raw score that could not be read, with the reason in words.</summary>
public sealed class ScoreNotReadable(string reason) : Exception(reason);

/// <summary>
/// Turns raw scores into one comparable number in [−1, 1], keeping the raw value beside it.
/// <list type="bullet">
/// <item>Every numeric scale maps linearly: the lowest value −1, the midpoint 0, the highest +1 (reversed when lower is
/// better). So NPS 0–10 is (x − 5) / 5, CSAT and stars 1–5 are (x − 3) / 2, CES 1–7 where 7 is easiest is (x − 4) / 3.
/// A negative item is one below zero (NPS 0–4, CSAT 1–2). The demo data's figures use the same convention.</item>
/// <item>Thumbs: up +1, down −1. Labels: a fixed table of survey wordings (<see cref="LabelValues"/>).</item>
/// </list>
/// Numbers may come as "4", "4,5", "4/5", "4 out of 5", "4 stars", "★★★★☆" or "5 - Very satisfied".
/// </summary>
public static partial class ScoreNormaliser
{
    /// <summary>Survey wordings and where they sit; matched without regard to case, spacing or punctuation.</summary>
    public static readonly IReadOnlyDictionary<string, double> LabelValues = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["extremely satisfied"] = 1, ["very satisfied"] = 1, ["completely satisfied"] = 1, ["satisfied"] = 0.5, ["somewhat satisfied"] = 0.25,
        ["slightly satisfied"] = 0.25, ["neutral"] = 0, ["neither satisfied nor dissatisfied"] = 0, ["neither"] = 0,
        ["somewhat dissatisfied"] = -0.25, ["slightly dissatisfied"] = -0.25, ["dissatisfied"] = -0.5, ["unsatisfied"] = -0.5,
        ["very dissatisfied"] = -1, ["very unsatisfied"] = -1, ["extremely dissatisfied"] = -1, ["completely dissatisfied"] = -1,
        ["strongly agree"] = 1, ["agree"] = 0.5, ["somewhat agree"] = 0.25, ["neither agree nor disagree"] = 0,
        ["somewhat disagree"] = -0.25, ["disagree"] = -0.5, ["strongly disagree"] = -1,
        ["very easy"] = 1, ["easy"] = 0.5, ["somewhat easy"] = 0.25, ["neither easy nor difficult"] = 0, ["somewhat difficult"] = -0.25,
        ["difficult"] = -0.5, ["very difficult"] = -1, ["hard"] = -0.5, ["very hard"] = -1,
        ["excellent"] = 1, ["very good"] = 0.75, ["good"] = 0.5, ["fair"] = 0, ["average"] = 0, ["okay"] = 0, ["ok"] = 0,
        ["poor"] = -0.5, ["very poor"] = -1, ["bad"] = -0.5, ["very bad"] = -1, ["terrible"] = -1, ["awful"] = -1,
        ["love it"] = 1, ["like it"] = 0.5, ["dislike it"] = -0.5, ["hate it"] = -1,
        ["positive"] = 1, ["negative"] = -1, ["mixed"] = 0,
        ["extremely likely"] = 1, ["very likely"] = 0.75, ["likely"] = 0.5, ["unlikely"] = -0.5, ["very unlikely"] = -0.75, ["extremely unlikely"] = -1,
    };

    private static readonly HashSet<string> ThumbsUp = new(StringComparer.OrdinalIgnoreCase)
        { "up", "thumbs up", "thumb up", "👍", "yes", "y", "true", "1", "+1", "+", "helpful", "like", "positive" };

    private static readonly HashSet<string> ThumbsDown = new(StringComparer.OrdinalIgnoreCase)
        { "down", "thumbs down", "thumb down", "👎", "no", "n", "false", "0", "-1", "−1", "-", "not helpful", "unhelpful", "dislike", "negative" };

    /// <summary>The normalised score of <paramref name="raw"/> on <paramref name="scale"/>; null when there is no score at all.</summary>
    /// <exception cref="ScoreNotReadable">The value is there but does not fit the scale; the message says why.</exception>
    public static NormalisedScore? Normalise(string? raw, ScoreScale scale)
    {
        var text = (raw ?? "").Trim();
        if (text.Length == 0 || scale.Kind == ScoreKind.None) return null;

        switch (scale.Kind)
        {
            case ScoreKind.Thumbs:
                if (ThumbsUp.Contains(text)) return new NormalisedScore(1, 1);
                if (ThumbsDown.Contains(text)) return new NormalisedScore(-1, 0);
                throw new ScoreNotReadable($"'{Clip(text)}' is not a thumbs up or down.");
            case ScoreKind.Label:
                if (Label(text) is { } labelled) return new NormalisedScore(labelled, null);
                throw new ScoreNotReadable($"'{Clip(text)}' is not a known label (such as “Very satisfied”, “Agree”, “Very easy”).");
        }

        var number = Number(text, scale);
        if (number is null)
        {
            // A word scale in a numeric column ("Very satisfied" in a CSAT export) is still a score.
            if (Label(text) is { } labelled) return new NormalisedScore(labelled, null);
            throw new ScoreNotReadable($"'{Clip(text)}' is not a number on the {scale.Describe()} scale.");
        }
        var x = number.Value;
        if (x < scale.Min - 1e-9 || x > scale.Max + 1e-9)
            throw new ScoreNotReadable($"{x.ToString(CultureInfo.InvariantCulture)} is outside the {scale.Describe()} scale.");
        return new NormalisedScore(Math.Round(Linear(x, scale), 4), x);
    }

    private static double Linear(double x, ScoreScale scale)
    {
        if (scale.Max <= scale.Min) return 0;
        var t = -1 + 2 * (x - scale.Min) / (scale.Max - scale.Min);
        return scale.HigherIsBetter ? t : -t;
    }

    private static double? Label(string text)
    {
        var key = Spaces().Replace(LabelPunctuation().Replace(text, " "), " ").Trim();
        // "5 - Very satisfied", "Very satisfied (5)": the words decide.
        var words = LeadingOrTrailingNumber().Replace(key, "").Trim();
        return LabelValues.TryGetValue(key, out var v) ? v : LabelValues.TryGetValue(words, out var w) ? w : null;
    }

    private static double? Number(string text, ScoreScale scale)
    {
        var stars = text.Count(c => c == '★');
        if (stars > 0 && text.All(c => c is '★' or '☆' or ' ')) return stars;
        var match = NumberPattern().Match(text);
        if (!match.Success) return null;
        var rest = text.Remove(match.Index, match.Length).Trim();
        if (!double.TryParse(match.Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return null;
        // "4/5", "8 out of 10": a share of the stated maximum, so 8/10 on a five-star scale is 4.
        var outOf = OutOfPattern().Match(rest);
        if (outOf.Success && double.TryParse(outOf.Groups[1].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var max) && max > 0)
        {
            if (Math.Abs(max - scale.Max) > 1e-9) value = value / max * scale.Max;
            return value;
        }
        // Anything else after the number must be a unit or a label ("4 stars", "9 - Extremely likely"), never another number.
        if (rest.Length > 0 && rest.Any(char.IsDigit)) return null;
        return value;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..39] + "…";

    [GeneratedRegex(@"^[+-]?\d+(?:[.,]\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?:/|out of|of)\s*(\d+(?:[.,]\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfPattern();

    [GeneratedRegex(@"[\s_]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[()\[\]:;.!–—-]")]
    private static partial Regex LabelPunctuation();

    [GeneratedRegex(@"^\d+(?:[.,]\d+)?\s*|\s*\d+(?:[.,]\d+)?$")]
    private static partial Regex LeadingOrTrailingNumber();
}
