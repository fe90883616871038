using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Tests.Maps;

namespace JourneyStudio.Domain.Tests.Heat;

public class ClosedLoopTests : MapSpecification
{
    private static readonly ClosedLoopSettings Settings = ClosedLoopSettings.Default; // 56 days each side, 40 items, α = 0.05
    private readonly Guid pain;

    public ClosedLoopTests()
    {
        var stage = AddStage("Onboarding");
        AddCard(stage, AddLane("Touchpoints", LaneKind.Touchpoints), "ID check in the app");
        pain = AddCard(stage, AddLane("Pain points", LaneKind.PainPoints), "Selfie check fails in low light");
        Given(new AssignOwner(pain, Operations.Id), new SetPainPointStatus(pain, PainPointStatus.Resolved, "Camera guidance shipped"));
    }

    private DateTimeOffset FixedAt => Map.RequireCard(pain, "id").PainPoint!.ResolvedAt!.Value;

    private DateTimeOffset Final => FixedAt.AddDays(60); // the 56-day after window has closed

    /// <summary><paramref name="n"/> items spread evenly over <paramref name="days"/> days from <paramref name="from"/>, the first <paramref name="negatives"/> of them negative.</summary>
    private static IEnumerable<ScoredItem> Spread(DateTimeOffset from, int days, int n, int negatives) =>
        Enumerable.Range(0, n).Select(i => new ScoredItem(from.AddDays((i + 0.5) * days / n), i < negatives ? -0.6 : 0.4));

    private IEnumerable<ScoredItem> Feedback(int beforeN, int beforeNegative, int afterN, int afterNegative) =>
        Spread(FixedAt.AddDays(-56), 56, beforeN, beforeNegative).Concat(Spread(FixedAt, 56, afterN, afterNegative));

    /// <summary>The upper tail of the standard normal, by Simpson's rule on its density — a different road from the code's erfc.</summary>
    private static double UpperTail(double z)
    {
        const int steps = 20_000;
        double a = Math.Abs(z), b = 12, h = (b - a) / steps, sum = 0;
        double Density(double x) => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);
        for (var i = 0; i <= steps; i++) sum += Density(a + i * h) * (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2);
        var tail = sum * h / 3;
        return z >= 0 ? tail : 1 - tail;
    }

    [Fact]
    public void A_clearly_improved_touchpoint_is_verified()
    {
        // 18 of 40 negative before, 6 of 40 after: pooled p = 24/80 = 0.3, SE = √(0.3 · 0.7 · (1/40 + 1/40)) = √0.0105 = 0.1024695,
        // z = (0.45 − 0.15) / 0.1024695 = 2.927700
        var verdict = ClosedLoop.Verify(Map.RequireCard(pain, "id").PainPoint!, Feedback(40, 18, 40, 6), Final, Settings);

        Assert.Equal(VerificationOutcome.Verified, verdict.Outcome);
        Assert.Equal((40L, 18L, 40L, 6L), (verdict.Before.Items, verdict.Before.NegativeItems, verdict.After.Items, verdict.After.NegativeItems));
        Assert.Equal(2.927700, verdict.Z!.Value, 6);
        Assert.Equal(UpperTail(2.9277002188), verdict.PImproved!.Value, 6); // ≈ 0.001707
        Assert.True(verdict.IsFinal);
        Assert.Equal("verified: negative feedback fell from 45% (18 of 40) before the fix to 15% (6 of 40) after it "
                     + "(two-proportion z-test: z = 2.93, one-sided p = 0.002, significant at 0.05).", verdict.Sentence);
    }

    [Fact]
    public void Verification_moves_a_resolved_pain_point_to_verified_as_the_system()
    {
        var verdict = ClosedLoop.Verify(Map.RequireCard(pain, "id").PainPoint!, Feedback(40, 18, 40, 6), Final, Settings);
        var command = ClosedLoop.StatusChange(Map.RequireCard(pain, "id"), verdict)!;

        Assert.Throws<DomainRuleViolation>(() => When(Ben, command)); // nobody sets Verified by hand
        var e = Assert.IsType<PainPointStatusSet>(Assert.Single(When(Actor.System, command)));
        Assert.Equal((PainPointStatus.Resolved, PainPointStatus.Verified, verdict.Sentence), (e.From, e.To, e.Reason));
        Assert.Equal(FixedAt, Map.RequireCard(pain, "id").PainPoint!.ResolvedAt); // the fix date is kept
    }

    [Fact]
    public void An_unchanged_touchpoint_is_not_verified()
    {
        // 18 of 40 before, 16 of 40 after: pooled p = 34/80 = 0.425, SE = √(0.425 · 0.575 · 0.05) = 0.1105385, z = 0.05 / 0.1105385 = 0.452331
        var verdict = ClosedLoop.Verify(FixedAt, Feedback(40, 18, 40, 16), Final, Settings);

        Assert.Equal(VerificationOutcome.NoChange, verdict.Outcome);
        Assert.Equal(0.452331, verdict.Z!.Value, 6);
        Assert.Equal(UpperTail(0.4523312730), verdict.PImproved!.Value, 6); // ≈ 0.3255
        Assert.Equal("no change: negative feedback 45% (18 of 40) before the fix and 40% (16 of 40) after it "
                     + "(two-proportion z-test: z = 0.45, one-sided p = 0.326, not significant at 0.05).", verdict.Sentence);
        Assert.Null(ClosedLoop.StatusChange(Map.RequireCard(pain, "id"), verdict));
    }

    [Fact]
    public void Too_few_items_since_the_fix_is_not_yet_insufficient_evidence()
    {
        var now = FixedAt.AddDays(20);
        var items = Spread(FixedAt.AddDays(-56), 56, 40, 18).Concat(Spread(FixedAt, 20, 14, 2)); // 14 items in the 20 days so far
        var verdict = ClosedLoop.Verify(FixedAt, items, now, Settings);

        Assert.Equal(VerificationOutcome.NotYet, verdict.Outcome);
        Assert.Equal("not yet: 14 items since the fix, 40 needed.", verdict.Sentence);
        Assert.Equal(14, verdict.After.Items);
        Assert.Equal(now, verdict.After.To);
        Assert.False(verdict.IsFinal);
        Assert.Null(verdict.Z);
        Assert.Null(ClosedLoop.StatusChange(Map.RequireCard(pain, "id"), verdict));
    }

    [Fact]
    public void A_touchpoint_that_got_worse_reopens_the_pain_point_with_the_figures_as_the_reason()
    {
        // 6 of 40 before, 18 of 40 after: the improved case mirrored, z = −2.927700, one-sided p (worse) = Φ(z) ≈ 0.001707
        var verdict = ClosedLoop.Verify(FixedAt, Feedback(40, 6, 40, 18), Final, Settings);

        Assert.Equal(VerificationOutcome.Worse, verdict.Outcome);
        Assert.Equal(-2.927700, verdict.Z!.Value, 6);
        Assert.Equal(UpperTail(2.9277002188), verdict.PWorse!.Value, 6);
        Assert.Equal("worse: negative feedback rose from 15% (6 of 40) before the fix to 45% (18 of 40) after it "
                     + "(two-proportion z-test: z = -2.93, one-sided p = 0.002, significant at 0.05); the fix did not hold.", verdict.Sentence);

        var e = Assert.IsType<PainPointStatusSet>(Assert.Single(When(Actor.System, ClosedLoop.StatusChange(Map.RequireCard(pain, "id"), verdict)!)));
        Assert.Equal((PainPointStatus.Resolved, PainPointStatus.Open, verdict.Sentence), (e.From, e.To, e.Reason));
        Assert.Null(Map.RequireCard(pain, "id").PainPoint!.ResolvedAt);
    }

    [Fact]
    public void A_verified_fix_that_later_gets_worse_is_reopened_too()
    {
        When(Actor.System, new SetPainPointStatus(pain, PainPointStatus.Verified, "verified"));
        var worse = ClosedLoop.Verify(FixedAt, Feedback(40, 6, 40, 18), Final, Settings);
        Assert.Equal(PainPointStatus.Open, ClosedLoop.StatusChange(Map.RequireCard(pain, "id"), worse)!.Status);
        var improved = ClosedLoop.Verify(FixedAt, Feedback(40, 18, 40, 6), Final, Settings);
        Assert.Null(ClosedLoop.StatusChange(Map.RequireCard(pain, "id"), improved)); // already verified
    }

    [Fact]
    public void The_significance_level_is_the_workspaces()
    {
        // 20 of 50 before, 12 of 50 after: pooled 0.32, SE = √(0.32 · 0.68 · 0.04) = 0.0932952, z = 0.16 / 0.0932952 = 1.714986, p ≈ 0.0432
        var items = Feedback(50, 20, 50, 12).ToList();
        var lenient = ClosedLoop.Verify(FixedAt, items, Final, new ClosedLoopSettings(56, 56, 40, 0.05));
        var strict = ClosedLoop.Verify(FixedAt, items, Final, new ClosedLoopSettings(56, 56, 40, 0.01));

        Assert.Equal(1.714986, lenient.Z!.Value, 6);
        Assert.Equal(UpperTail(1.7149858514), lenient.PImproved!.Value, 6);
        Assert.Equal(VerificationOutcome.Verified, lenient.Outcome);
        Assert.Equal(VerificationOutcome.NoChange, strict.Outcome);
        Assert.EndsWith("not significant at 0.01).", strict.Sentence);
    }

    [Fact]
    public void Only_items_inside_the_two_windows_count()
    {
        var inside = Feedback(40, 18, 40, 6).ToList();
        var outside = new[]
        {
            new ScoredItem(FixedAt.AddDays(-56).AddTicks(-1), -1), // just before the before window
            new ScoredItem(FixedAt.AddDays(56), -1), // the after window's end is exclusive
            new ScoredItem(FixedAt.AddDays(-1).AddTicks(1), -1), // inside, counted in before
            new ScoredItem(FixedAt, 1), // the fix instant counts as after
        };
        var verdict = ClosedLoop.Verify(FixedAt, inside.Concat(outside), Final, Settings);
        Assert.Equal((41L, 19L, 41L, 6L), (verdict.Before.Items, verdict.Before.NegativeItems, verdict.After.Items, verdict.After.NegativeItems));
        Assert.Equal((FixedAt.AddDays(-56), FixedAt, FixedAt, FixedAt.AddDays(56)), (verdict.Before.From, verdict.Before.To, verdict.After.From, verdict.After.To));

        var early = ClosedLoop.Verify(FixedAt, inside, FixedAt.AddDays(28), Settings); // items "after now" do not exist yet
        Assert.Equal(20, early.After.Items);
    }

    [Fact]
    public void A_thin_baseline_cannot_verify_however_long_one_waits()
    {
        var verdict = ClosedLoop.Verify(FixedAt, Feedback(12, 10, 60, 3), Final, Settings);
        Assert.Equal(VerificationOutcome.NoBaseline, verdict.Outcome);
        Assert.Equal("cannot verify: only 12 items in the 56 days before the fix, 40 needed to compare with.", verdict.Sentence);
    }

    [Fact]
    public void No_negative_feedback_on_either_side_is_no_change()
    {
        var verdict = ClosedLoop.Verify(FixedAt, Feedback(40, 0, 40, 0), Final, Settings);
        Assert.Equal(VerificationOutcome.NoChange, verdict.Outcome);
        Assert.Null(verdict.Z);
        Assert.Equal("no change: negative feedback 0% (0 of 40) before the fix and 0% (0 of 40) after it.", verdict.Sentence);
    }

    [Fact]
    public void A_pain_point_that_is_not_resolved_has_no_fix_to_verify()
    {
        var now = Final;
        When(new SetPainPointStatus(pain, PainPointStatus.Open, "Not fixed after all"));
        Assert.Equal("status", Assert.Throws<DomainRuleViolation>(() =>
            ClosedLoop.Verify(Map.RequireCard(pain, "id").PainPoint!, [], now, Settings)).Field);
    }

    [Theory]
    [InlineData(3, 56, 40, 0.05, "beforeDays")]
    [InlineData(56, 400, 40, 0.05, "afterDays")]
    [InlineData(56, 56, 5, 0.05, "minimumSample")]
    [InlineData(56, 56, 40, 0.5, "alpha")]
    public void Closed_loop_settings_out_of_range_are_refused_by_field(int before, int after, int minimum, double alpha, string field)
    {
        Assert.Equal(field, Assert.Throws<DomainRuleViolation>(() => new ClosedLoopSettings(before, after, minimum, alpha)).Field);
    }
}
