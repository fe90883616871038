using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Tests.Maps;

namespace JourneyStudio.Domain.Tests.Heat;

public class PainPointPriorityTests : MapSpecification
{
    private static readonly IsoWeek W10 = new(2026, 10);

    private static HeatTally Tally(int items, int negatives) =>
        HeatTally.Of(Enumerable.Range(0, items).Select(i => new ScoredItem(W10.Start.AddHours(i), i < negatives ? -0.5 : 0.5)));

    private static PriorityInput Input(string label, int severity, HeatTally evidence, bool momentOfTruth) =>
        new(Guid.NewGuid(), Guid.NewGuid(), label, PainPointStatus.Open, null, severity, evidence, momentOfTruth);

    [Fact]
    public void A_priority_is_the_sum_of_its_shown_parts()
    {
        var priority = PainPointPriority.Of(Input("Selfie check fails", 4, Tally(240, 96), momentOfTruth: true), PrioritySettings.Default);

        // severity 35 · 4/5 = 28
        Assert.Equal(28, priority.Severity.Points, 9);
        // volume 20 · ln 241 / ln 501 = 20 · 5.484797 / 6.216606 = 17.6456
        Assert.Equal(17.6456, priority.Volume.Points, tolerance: 1e-4);
        // negativity 25 · Wilson lower bound of 96/240: (96 + 1.920729 − 14.998580) / 243.841459 = 0.340066 → 8.5017
        Assert.Equal(8.5017, priority.Negativity.Points, tolerance: 1e-4);
        Assert.Equal(20, priority.MomentOfTruth.Points);
        Assert.Equal(74.1473, priority.Score, tolerance: 1e-4);
        Assert.Equal(priority.Score, priority.Components.Sum(c => c.Points), 12);
        Assert.Equal([35, 20, 25, 20], priority.Components.Select(c => c.MaxPoints));
        Assert.Equal(["severity 4 of 5", "240 items at its touchpoints", "at least 34% negative with 95% confidence (96 of 240 items)", "concerns a moment of truth"],
            priority.Components.Select(c => c.Explanation));
    }

    [Fact]
    public void Without_feedback_only_severity_and_moment_of_truth_count()
    {
        var priority = PainPointPriority.Of(Input("Form is confusing", 5, HeatTally.Empty, momentOfTruth: false), PrioritySettings.Default);
        Assert.Equal((35.0, 0.0, 0.0, 0.0), (priority.Severity.Points, priority.Volume.Points, priority.Negativity.Points, priority.MomentOfTruth.Points));
        Assert.Equal("no feedback at its touchpoints", priority.Volume.Explanation);
    }

    [Fact]
    public void Volume_is_logarithmic_and_full_at_the_set_count()
    {
        var settings = PrioritySettings.Default;
        double VolumePoints(int n) => PainPointPriority.Of(Input("x", 3, Tally(n, 0), false), settings).Volume.Points;
        Assert.Equal(20 * Math.Log(11) / Math.Log(501), VolumePoints(10), 9);
        Assert.Equal(20, VolumePoints(500), 9);
        Assert.Equal(20, VolumePoints(5000), 9);
    }

    [Fact]
    public void A_few_angry_items_do_not_outrank_a_well_evidenced_problem()
    {
        // 3 of 3 negative: Wilson lower bound 0.438; 150 of 300 negative: lower bound 0.444 — and far more volume
        var ranked = PainPointPriority.Rank([
            Input("Three angry emails", 3, Tally(3, 3), false),
            Input("Half of all callers unhappy", 3, Tally(300, 150), false),
        ], PrioritySettings.Default);
        Assert.Equal(["Half of all callers unhappy", "Three angry emails"], ranked.Select(p => p.Input.Label));
    }

    [Fact]
    public void Ties_go_to_the_higher_severity_then_the_more_items()
    {
        // weights of only severity and moment of truth, so that two pain points tie exactly
        var settings = new PrioritySettings(50, 0, 0, 50, 500);
        var ranked = PainPointPriority.Rank([
            Input("b: severity 2, moment of truth", 2, Tally(20, 5), true), // 50·2/5 + 50 = 70
            Input("a: severity 2, moment of truth, more items", 2, Tally(40, 5), true), // 70
            Input("c: severity 5, no moment of truth", 5, Tally(20, 5), false), // 50
        ], settings);
        Assert.Equal(["a: severity 2, moment of truth, more items", "b: severity 2, moment of truth", "c: severity 5, no moment of truth"],
            ranked.Select(p => p.Input.Label));
    }

    [Fact]
    public void Priority_weights_must_add_up_to_one_hundred()
    {
        Assert.Equal("severityPoints", Assert.Throws<DomainRuleViolation>(() => new PrioritySettings(40, 20, 25, 20, 500)).Field);
        Assert.Equal("volumeAtFull", Assert.Throws<DomainRuleViolation>(() => new PrioritySettings(35, 20, 25, 20, 1)).Field);
    }

    [Fact]
    public void A_maps_pain_points_are_ranked_from_the_heat_of_the_touchpoints_they_concern()
    {
        var stage = AddStage("Onboarding");
        var touchpoints = AddLane("Touchpoints", LaneKind.Touchpoints);
        var pains = AddLane("Pain points", LaneKind.PainPoints);
        var idCheck = AddCard(stage, touchpoints, "ID check in the app");
        var welcome = AddCard(stage, touchpoints, "Welcome call");
        var selfie = AddCard(stage, pains, "Selfie check fails");
        var hold = AddCard(stage, pains, "Long hold times");
        var fixedOne = AddCard(stage, pains, "Typo in the email");
        Given(new TagMomentOfTruth(idCheck, "Fail here and they never open the account"),
            new SetPainPointSeverity(selfie, 4), new SetPainPointConcerns(selfie, [idCheck]),
            new SetPainPointSeverity(hold, 4), new SetPainPointConcerns(hold, [welcome]),
            new AssignOwner(fixedOne, Operations.Id), new SetPainPointConcerns(fixedOne, [welcome]),
            new SetPainPointStatus(fixedOne, PainPointStatus.Resolved, "Fixed"));
        When(Actor.System, new SetPainPointStatus(fixedOne, PainPointStatus.Verified, "verified"));

        var cells = new Dictionary<HeatCell, HeatTally>
        {
            [new HeatCell(idCheck, W10)] = Tally(30, 12),
            [new HeatCell(idCheck, W10.Plus(-10))] = Tally(500, 500), // outside the window
            [new HeatCell(welcome, W10)] = Tally(30, 12),
        };
        var ranked = PainPointPriority.Rank(
            PriorityInput.ForMap(Map, c => cells.GetValueOrDefault(c), HeatWindow.LastWeeks(4, W10.Start)), PrioritySettings.Default);

        Assert.Equal([selfie, hold], ranked.Select(p => p.Input.PainPointId)); // the verified one is done; the moment of truth leads
        Assert.Equal(30, ranked[0].Input.Evidence.Count);
        Assert.Equal(20, ranked[0].Score - ranked[1].Score, 9); // same evidence and severity: the difference is the moment of truth
        Assert.Equal(Map.Id, ranked[0].Input.MapId);
    }
}
