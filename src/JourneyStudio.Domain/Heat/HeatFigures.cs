using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Heat;

/// <summary>Whether a heat cell has enough items to be coloured.</summary>
public enum EvidenceLevel
{
    /// <summary>No items at all.</summary>
    None,

    /// <summary>Some items, fewer than the workspace minimum: figures are shown, the cell is hatched, not coloured.</summary>
    Insufficient,

    /// <summary>At least the workspace minimum: the cell is coloured by its pain index.</summary>
    Sufficient,
}

/// <summary>
/// The heat of one cell (a touchpoint, stage or map over a week or a window).
/// <list type="bullet">
/// <item><see cref="Volume"/> n: items counted.</item>
/// <item><see cref="MeanScore"/> = Σ score / n, in [−1, 1].</item>
/// <item><see cref="NegativeShare"/> = k / n where k counts items with score &lt; 0, with its 95% Wilson interval
/// (<see cref="HeatStatistics.Wilson"/>) as <see cref="NegativeShareInterval"/>.</item>
/// <item><see cref="NegativeDepth"/> = Σ over negative items of −score / k, in (0, 1]: how bad the bad items are.</item>
/// <item><see cref="PainIndex"/> = 100 · Σ max(0, −score) / n = 100 · negative share · negative depth, in [0, 100]:
/// the average amount of negativity each item carries. 0 means no negative item; 100 means every item scored −1.
/// Praise does not cancel pain (half the customers at +1 and half at −1 is a pain of 50, though the mean is 0), and
/// a few furious customers count in proportion (10% at −1 is a pain of 10).</item>
/// <item><see cref="Evidence"/>: <see cref="EvidenceLevel.Sufficient"/> when n ≥ the workspace's evidence minimum.</item>
/// </list>
/// Ratios are null when there are no items (or, for the depth, no negative items).
/// </summary>
public sealed record HeatFigures(
    long Volume,
    long NegativeItems,
    double? MeanScore,
    double? NegativeShare,
    ProportionInterval? NegativeShareInterval,
    double? NegativeDepth,
    double? PainIndex,
    EvidenceLevel Evidence,
    int EvidenceMinimum)
{
    public static HeatFigures From(HeatTally tally, HeatSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!tally.IsValidSet)
            throw new ArgumentException($"The tally {tally} does not describe a set of items (more was removed than was added).", nameof(tally));
        const double unit = ScoredItem.MicrosPerUnit;
        long n = tally.Count, k = tally.Negative;
        var evidence = n == 0 ? EvidenceLevel.None : n < settings.EvidenceMinimum ? EvidenceLevel.Insufficient : EvidenceLevel.Sufficient;
        return new HeatFigures(
            n, k,
            n == 0 ? null : tally.ScoreMicros / unit / n,
            n == 0 ? null : (double)k / n,
            HeatStatistics.Wilson(k, n),
            k == 0 ? null : tally.PainMicros / unit / k,
            n == 0 ? null : 100 * (tally.PainMicros / unit) / n,
            evidence, settings.EvidenceMinimum);
    }

    public static HeatFigures From(IEnumerable<ScoredItem> items, HeatSettings settings) => From(HeatTally.Of(items), settings);

    /// <summary>The pain index to colour the cell with, or null when the cell must be hatched (too little evidence) or left blank.</summary>
    public double? ColourPain => Evidence == EvidenceLevel.Sufficient ? PainIndex : null;

    public bool IsHatched => Evidence == EvidenceLevel.Insufficient;

    /// <summary>The evidence strength in words, for the legend and hover card.</summary>
    public string EvidenceText => Evidence switch
    {
        EvidenceLevel.None => "no feedback",
        EvidenceLevel.Insufficient => $"insufficient evidence: {Words.Count(Volume, "item")}, {EvidenceMinimum} needed",
        _ => $"{Words.Count(Volume, "item")}; {Words.Percent(NegativeShare!.Value)} negative "
             + $"(95% interval {Words.Percent(NegativeShareInterval!.Value.Lower)}–{Words.Percent(NegativeShareInterval!.Value.Upper)})",
    };
}
