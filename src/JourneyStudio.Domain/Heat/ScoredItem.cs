using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Heat;

/// <summary>
/// One feedback item as heat sees it: when it was received and its normalised score in [−1, 1].
/// Heat takes this plain pair (not the feedback model's own type) so the figures stay independent of how items are stored.
/// </summary>
public readonly record struct ScoredItem
{
    /// <summary>Scores are held to one millionth; sums are kept in these units so that folding is exact (see <see cref="HeatTally"/>).</summary>
    public const long MicrosPerUnit = 1_000_000;

    public ScoredItem(DateTimeOffset at, double score)
    {
        if (double.IsNaN(score) || score < -1 || score > 1)
            throw new DomainRuleViolation("score", $"A normalised score must be between −1 and 1; got {score}.");
        At = at;
        Score = score;
    }

    public DateTimeOffset At { get; }

    public double Score { get; }

    /// <summary>An item is negative when its normalised score is below zero.</summary>
    public bool IsNegative => Score < 0;

    /// <summary>The score in millionths, rounded half away from zero: the unit every heat sum is kept in.</summary>
    public long ScoreMicros => (long)Math.Round(Score * MicrosPerUnit, MidpointRounding.AwayFromZero);

    /// <summary>The ISO week (Monday start, UTC) the item counts in.</summary>
    public IsoWeek Week => IsoWeek.Of(At);
}
