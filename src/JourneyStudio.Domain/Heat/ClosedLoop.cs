using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Heat;

/// <summary>
/// A workspace's rules for verifying a fix: how many days of feedback before and after the fix date to compare,
/// how many items each side needs, and the significance level of the test.
/// </summary>
public sealed record ClosedLoopSettings
{
    public static readonly ClosedLoopSettings Default = new(56, 56, 40, 0.05);

    public ClosedLoopSettings(int beforeDays, int afterDays, int minimumSample, double alpha)
    {
        BeforeDays = Guard.Range(beforeDays, "beforeDays", 7, 365);
        AfterDays = Guard.Range(afterDays, "afterDays", 7, 365);
        // the normal approximation behind the z-test wants a couple of dozen items a side; ten is the floor
        MinimumSample = Guard.Range(minimumSample, "minimumSample", 10, 100_000);
        if (double.IsNaN(alpha) || alpha < 0.001 || alpha > 0.2)
            throw new DomainRuleViolation("alpha", $"alpha must be between 0.001 and 0.2; got {alpha}.");
        Alpha = alpha;
    }

    public int BeforeDays { get; }

    public int AfterDays { get; }

    public int MinimumSample { get; }

    public double Alpha { get; }
}

public enum VerificationOutcome
{
    /// <summary>The negative share fell significantly: the fix is confirmed.</summary>
    Verified,

    /// <summary>Too few items since the fix to judge yet.</summary>
    NotYet,

    /// <summary>Too few items before the fix to compare with; waiting does not help.</summary>
    NoBaseline,

    /// <summary>Enough items on both sides and no significant change either way.</summary>
    NoChange,

    /// <summary>The negative share rose significantly: the fix did not hold.</summary>
    Worse,
}

/// <summary>The feedback on one side of the fix date, for the verdict and the before/after chart.</summary>
public sealed record WindowSample(DateTimeOffset From, DateTimeOffset To, long Items, long NegativeItems, double? NegativeShare, double? MeanScore)
{
    internal static WindowSample Of(DateTimeOffset from, DateTimeOffset to, IReadOnlyList<ScoredItem> items)
    {
        var tally = HeatTally.Of(items);
        var figures = tally.Figures(HeatSettings.Default);
        return new WindowSample(from, to, tally.Count, tally.Negative, figures.NegativeShare, figures.MeanScore);
    }

    internal string Share => $"{Words.Percent(NegativeShare ?? 0)} ({NegativeItems} of {Items})";
}

/// <summary>
/// The closed loop's judgement of a resolved pain point, with the figures it rests on and a plain sentence.
/// <see cref="Z"/> is the two-proportion z statistic (positive when the negative share fell);
/// <see cref="PImproved"/> = 1 − Φ(z) and <see cref="PWorse"/> = Φ(z) are its one-sided p-values.
/// <see cref="IsFinal"/> is true once the after window has closed, so the data behind the verdict can no longer change.
/// </summary>
public sealed record ClosedLoopVerdict(
    VerificationOutcome Outcome,
    DateTimeOffset FixedAt,
    WindowSample Before,
    WindowSample After,
    int MinimumSample,
    double Alpha,
    double? Z,
    double? PImproved,
    double? PWorse,
    bool IsFinal,
    string Sentence);

/// <summary>
/// Verifies a fix by comparing the share of negative feedback (score &lt; 0) at the pain point's touchpoints in a
/// "before" window [fix − BeforeDays, fix) with an "after" window [fix, fix + AfterDays), cut at now.
/// <para>
/// The test is the pooled two-proportion z-test: with k₁ of n₁ negative before and k₂ of n₂ after,
/// p = (k₁ + k₂)/(n₁ + n₂), SE = √(p(1 − p)(1/n₁ + 1/n₂)), z = (k₁/n₁ − k₂/n₂)/SE. The fix is Verified when the
/// one-sided p-value 1 − Φ(z) ≤ α (the negative share fell significantly); Worse when Φ(z) ≤ α (it rose
/// significantly); otherwise NoChange. Each side needs at least the workspace's minimum sample first
/// (NotYet / NoBaseline). When no item on either side is negative, or every item is, SE is 0 and there is no change.
/// </para>
/// <para>
/// Why this test: the question CX teams ask is "are fewer customers unhappy here since the fix?", which is a
/// difference of two proportions; it needs only counts (the same ones heat keeps), its figures can be checked by
/// hand, and it reads as a sentence ("negative feedback fell from 45% to 15%"). A rank test on scores (Mann–Whitney)
/// would also react to happy customers getting happier, which is not what fixing a pain point means.
/// Caveat: re-checking daily while the after window fills is repeated testing, so the real chance of a false
/// "Verified" over a whole window is somewhat above α; a verdict becomes final once the window has closed.
/// </para>
/// </summary>
public static class ClosedLoop
{
    /// <param name="fixedAt">When the pain point was resolved (the fix date).</param>
    /// <param name="items">The feedback at the touchpoints the pain point concerns, each item once (any dates; the windows pick theirs).</param>
    /// <param name="now">The clock: the after window never reaches past it.</param>
    /// <param name="settings">The workspace's windows, minimum sample and α.</param>
    public static ClosedLoopVerdict Verify(DateTimeOffset fixedAt, IEnumerable<ScoredItem> items, DateTimeOffset now, ClosedLoopSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var beforeFrom = fixedAt.AddDays(-settings.BeforeDays);
        var afterEnd = fixedAt.AddDays(settings.AfterDays);
        var afterTo = now < afterEnd ? (now < fixedAt ? fixedAt : now) : afterEnd;
        var all = items.ToList();
        var before = WindowSample.Of(beforeFrom, fixedAt, all.Where(i => i.At >= beforeFrom && i.At < fixedAt).ToList());
        var after = WindowSample.Of(fixedAt, afterTo, all.Where(i => i.At >= fixedAt && i.At < afterTo).ToList());
        var isFinal = now >= afterEnd;
        var min = settings.MinimumSample;

        ClosedLoopVerdict Verdict(VerificationOutcome outcome, double? z, string sentence) => new(
            outcome, fixedAt, before, after, min, settings.Alpha, z,
            z is null ? null : 1 - HeatStatistics.NormalCdf(z.Value), z is null ? null : HeatStatistics.NormalCdf(z.Value),
            isFinal, sentence);

        if (after.Items < min)
            return Verdict(VerificationOutcome.NotYet, null, isFinal
                ? $"not verified: only {Words.Count(after.Items, "item")} in the {settings.AfterDays} days after the fix, {min} needed."
                : $"not yet: {Words.Count(after.Items, "item")} since the fix, {min} needed.");
        if (before.Items < min)
            return Verdict(VerificationOutcome.NoBaseline, null,
                $"cannot verify: only {Words.Count(before.Items, "item")} in the {settings.BeforeDays} days before the fix, {min} needed to compare with.");

        double n1 = before.Items, n2 = after.Items, k1 = before.NegativeItems, k2 = after.NegativeItems;
        var pooled = (k1 + k2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        var shares = $"negative feedback {Words.Percent(k1 / n1)} ({before.NegativeItems} of {before.Items}) before the fix and {Words.Percent(k2 / n2)} ({after.NegativeItems} of {after.Items}) after it";
        if (se == 0)
            return Verdict(VerificationOutcome.NoChange, null, $"no change: {shares}.");

        var z = (k1 / n1 - k2 / n2) / se;
        double pImproved = 1 - HeatStatistics.NormalCdf(z), pWorse = HeatStatistics.NormalCdf(z);
        var alpha = Words.Number(settings.Alpha, "0.###");
        string Test(double p, bool significant) =>
            $"two-proportion z-test: z = {Words.Number(z, "0.00")}, one-sided {P(p)}, {(significant ? "significant" : "not significant")} at {alpha}";
        if (pImproved <= settings.Alpha)
            return Verdict(VerificationOutcome.Verified, z,
                $"verified: negative feedback fell from {before.Share} before the fix to {after.Share} after it ({Test(pImproved, true)}).");
        if (pWorse <= settings.Alpha)
            return Verdict(VerificationOutcome.Worse, z,
                $"worse: negative feedback rose from {before.Share} before the fix to {after.Share} after it ({Test(pWorse, true)}); the fix did not hold.");
        return Verdict(VerificationOutcome.NoChange, z,
            $"{(isFinal ? "no change" : "no change so far")}: {shares} ({Test(Math.Min(pImproved, pWorse), false)}).");
    }

    /// <summary>Verifies a resolved pain point from its recorded fix date.</summary>
    public static ClosedLoopVerdict Verify(PainPointFacet painPoint, IEnumerable<ScoredItem> items, DateTimeOffset now, ClosedLoopSettings settings)
    {
        ArgumentNullException.ThrowIfNull(painPoint);
        if (painPoint.ResolvedAt is not { } fixedAt)
            throw new DomainRuleViolation("status", $"Only a resolved pain point can be verified; this one is {painPoint.Status}.");
        return Verify(fixedAt, items, now, settings);
    }

    /// <summary>
    /// What the daily job does with a verdict: a Resolved pain point whose fix is Verified becomes Verified; a Resolved
    /// or Verified one whose feedback got significantly Worse goes back to Open. The verdict's sentence is the reason,
    /// so the map history says why. Anything else leaves the status as it is (null). Decide the command with
    /// <see cref="Actor.System"/> as the actor: only the system may set Verified.
    /// </summary>
    public static SetPainPointStatus? StatusChange(Card painPoint, ClosedLoopVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(painPoint);
        ArgumentNullException.ThrowIfNull(verdict);
        if (painPoint.PainPoint is not { } pain) throw new DomainRuleViolation("cardId", $"The card '{painPoint.Label}' is not a pain point.");
        var reason = verdict.Sentence.Length <= Limits.Reason ? verdict.Sentence : verdict.Sentence[..(Limits.Reason - 1)] + "…";
        return (verdict.Outcome, pain.Status) switch
        {
            (VerificationOutcome.Verified, PainPointStatus.Resolved) => new SetPainPointStatus(painPoint.Id, PainPointStatus.Verified, reason),
            (VerificationOutcome.Worse, PainPointStatus.Resolved or PainPointStatus.Verified) => new SetPainPointStatus(painPoint.Id, PainPointStatus.Open, reason),
            _ => null,
        };
    }

    private static string P(double p) => p < 0.001 ? "p < 0.001" : $"p = {Words.Number(p, "0.000")}";
}
