namespace JourneyStudio.Domain.Feedback.Scores;

/// <summary>The kinds of raw score sources send. <see cref="Label"/> is a word scale such as "Very satisfied".</summary>
public enum ScoreKind { None, Nps, Csat, Ces, Stars, Thumbs, Label }

/// <summary>
/// What a source's raw score means: its kind and range. <see cref="HigherIsBetter"/> is false only for effort
/// scales where 1 means "no effort" (the older CES wording); CES 2.0 (1–7, "easy to handle") is higher-is-better.
/// </summary>
public sealed record ScoreScale(ScoreKind Kind, double Min, double Max, bool HigherIsBetter = true)
{
    public static readonly ScoreScale None = new(ScoreKind.None, 0, 0);
    public static readonly ScoreScale Nps = new(ScoreKind.Nps, 0, 10);
    public static readonly ScoreScale Csat = new(ScoreKind.Csat, 1, 5);
    public static readonly ScoreScale Ces = new(ScoreKind.Ces, 1, 7);
    public static readonly ScoreScale FiveStars = new(ScoreKind.Stars, 1, 5);
    public static readonly ScoreScale Thumbs = new(ScoreKind.Thumbs, 0, 1);
    public static readonly ScoreScale Labels = new(ScoreKind.Label, -1, 1);

    public static ScoreScale Stars(double max, double min = 1) => new(ScoreKind.Stars, min, max);

    public string Describe() => Kind switch
    {
        ScoreKind.None => "no score",
        ScoreKind.Nps => "NPS 0–10",
        ScoreKind.Thumbs => "thumbs up/down",
        ScoreKind.Label => "labels (e.g. “Very satisfied”)",
        ScoreKind.Stars => $"{Min:0.#}–{Max:0.#} stars",
        _ => $"{Kind.ToString().ToUpperInvariant()} {Min:0.#}–{Max:0.#}" + (HigherIsBetter ? "" : " (lower is better)"),
    };
}
