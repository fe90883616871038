namespace JourneyStudio.Domain.Heat;

/// <summary>
/// The sufficient statistics of a set of scored items: how many, how many negative, the sum of their scores and the
/// sum of their "pain" max(0, −score), both sums in millionths of a score unit. Every heat figure is a function of
/// these four integers, so a cell can be kept up to date by adding and subtracting tallies — no rescanning — and,
/// because integer addition is exact and order-free, folding items in any batches and removing or replacing some
/// gives bit-for-bit the tally of the final set computed at once. A tally may also be a signed difference (a delta)
/// between two sets; <see cref="IsValidSet"/> says whether it describes a real set of items.
/// </summary>
public readonly record struct HeatTally(long Count, long Negative, long ScoreMicros, long PainMicros)
{
    public static readonly HeatTally Empty = default;

    public static HeatTally Of(ScoredItem item)
    {
        var micros = item.ScoreMicros;
        return item.IsNegative
            ? new HeatTally(1, 1, micros, -micros)
            : new HeatTally(1, 0, micros, 0);
    }

    public static HeatTally Of(IEnumerable<ScoredItem> items)
    {
        var tally = Empty;
        foreach (var item in items) tally += Of(item);
        return tally;
    }

    public static HeatTally Sum(IEnumerable<HeatTally> tallies)
    {
        var sum = Empty;
        foreach (var t in tallies) sum += t;
        return sum;
    }

    public HeatTally Add(ScoredItem item) => this + Of(item);

    public HeatTally Remove(ScoredItem item) => this - Of(item);

    public HeatTally Replace(ScoredItem old, ScoredItem updated) => this - Of(old) + Of(updated);

    public bool IsZero => this == Empty;

    /// <summary>
    /// True when the tally can be the tally of some set of items: counts not negative, no more negatives than items,
    /// pain not negative and within one unit per negative item, and the score sum within ±1 unit per item.
    /// </summary>
    public bool IsValidSet =>
        Count >= 0 && Negative >= 0 && Negative <= Count
        && PainMicros >= 0 && PainMicros <= Negative * ScoredItem.MicrosPerUnit
        && Math.Abs(ScoreMicros) <= Count * ScoredItem.MicrosPerUnit
        && (Count > 0 || (ScoreMicros == 0 && PainMicros == 0));

    public static HeatTally operator +(HeatTally a, HeatTally b) =>
        new(a.Count + b.Count, a.Negative + b.Negative, a.ScoreMicros + b.ScoreMicros, a.PainMicros + b.PainMicros);

    public static HeatTally operator -(HeatTally a, HeatTally b) =>
        new(a.Count - b.Count, a.Negative - b.Negative, a.ScoreMicros - b.ScoreMicros, a.PainMicros - b.PainMicros);

    public HeatFigures Figures(HeatSettings settings) => HeatFigures.From(this, settings);
}
