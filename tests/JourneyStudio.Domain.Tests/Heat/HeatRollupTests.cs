using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Tests.Maps;
using static JourneyStudio.Domain.Tests.Heat.WeeklyFeedback;

namespace JourneyStudio.Domain.Tests.Heat;

public class HeatRollupTests : MapSpecification
{
    private static readonly IsoWeek W09 = new(2026, 9), W10 = new(2026, 10), W11 = new(2026, 11);
    private readonly Guid onboarding, use, idCheck, welcomeCall, firstBill;
    private readonly HeatLedger ledger;

    public HeatRollupTests()
    {
        onboarding = AddStage("Onboarding");
        use = AddStage("Use");
        var touchpoints = AddLane("Touchpoints", LaneKind.Touchpoints);
        idCheck = AddCard(onboarding, touchpoints, "ID check in the app");
        welcomeCall = AddCard(onboarding, touchpoints, "Welcome call");
        firstBill = AddCard(use, touchpoints, "First bill");

        ledger = HeatLedger.FromScratch(
            In(idCheck, W09, -1, -1, -1, -1, -1) // before the window
                .Concat(In(idCheck, W10, -1, -1, -0.5, 0.5, 1, 1))
                .Concat(In(idCheck, W11, -0.5, 0, 0.5, 1))
                .Concat(In(welcomeCall, W10, [.. Enumerable.Repeat(-0.4, 3), .. Enumerable.Repeat(0.6, 27)]))
                .Concat(In(firstBill, W11, 0.2, -0.2)));
    }

    private MapHeat Heat(HeatWindow window) => HeatRollup.ForMap(Map, ledger, window, HeatSettings.Default);

    [Fact]
    public void A_window_adds_up_its_weeks_and_leaves_out_the_others()
    {
        var heat = Heat(HeatWindow.LastWeeks(2, W11.Start.AddDays(2)));
        var id = heat.Touchpoint(idCheck)!.Heat;

        // W10: sum 0, negatives −1, −1, −0.5; W11: sum 1, negative −0.5 — the five W09 items are outside
        Assert.Equal(10, id.Window.Volume);
        Assert.Equal(0.1, id.Window.MeanScore!.Value, 12);
        Assert.Equal(0.4, id.Window.NegativeShare!.Value, 12);
        Assert.Equal(30, id.Window.PainIndex!.Value, 9);
        Assert.Equal(EvidenceLevel.Sufficient, id.Window.Evidence);

        // week by week each is too thin to colour, though the window is not
        Assert.Equal([W10, W11], id.Weeks.Select(w => w.Week));
        Assert.Equal([6L, 4L], id.Weeks.Select(w => w.Figures.Volume));
        Assert.All(id.Weeks, w => Assert.True(w.Figures.IsHatched));

        var three = Heat(HeatWindow.LastWeeks(3, W11.Start)).Touchpoint(idCheck)!.Heat.Window;
        Assert.Equal(15, three.Volume);
        Assert.Equal(100 * (5 + 2.5 + 0.5) / 15, three.PainIndex!.Value, 9);
    }

    [Fact]
    public void A_stage_is_the_volume_weighted_roll_up_of_its_touchpoints()
    {
        var heat = Heat(HeatWindow.Custom(W10.Monday, W11.Monday));
        var parts = new[] { heat.Touchpoint(idCheck)!.Heat.Window, heat.Touchpoint(welcomeCall)!.Heat.Window };
        double Weighted(Func<HeatFigures, double> figure) => parts.Sum(p => p.Volume * figure(p)) / parts.Sum(p => p.Volume);

        var stage = heat.Stage(onboarding)!;
        Assert.Equal([idCheck, welcomeCall], stage.TouchpointIds);
        Assert.Equal(40, stage.Heat.Window.Volume);
        Assert.Equal(Weighted(f => f.MeanScore!.Value), stage.Heat.Window.MeanScore!.Value, 12);
        Assert.Equal(Weighted(f => f.NegativeShare!.Value), stage.Heat.Window.NegativeShare!.Value, 12);
        Assert.Equal(Weighted(f => f.PainIndex!.Value), stage.Heat.Window.PainIndex!.Value, 9);
        // and by hand: mean (10·0.1 + 30·0.5)/40, share (4 + 3)/40, pain (10·30 + 30·4)/40
        Assert.Equal((0.4, 0.175, 10.5), (Math.Round(stage.Heat.Window.MeanScore!.Value, 12), Math.Round(stage.Heat.Window.NegativeShare!.Value, 12),
            Math.Round(stage.Heat.Window.PainIndex!.Value, 9)));
    }

    [Fact]
    public void The_map_rolls_up_every_stage_and_a_thin_stage_stays_hatched()
    {
        var heat = Heat(HeatWindow.Custom(W10.Monday, W11.Monday));

        var thin = heat.Stage(use)!.Heat.Window;
        Assert.Equal(2, thin.Volume);
        Assert.True(thin.IsHatched);
        Assert.Null(thin.ColourPain);

        Assert.Equal(42, heat.Map.Window.Volume);
        Assert.Equal(16.0 / 42, heat.Map.Window.MeanScore!.Value, 12);
        Assert.Equal(8.0 / 42, heat.Map.Window.NegativeShare!.Value, 12);
        Assert.Equal(100 * 4.4 / 42, heat.Map.Window.PainIndex!.Value, 9);
        Assert.Equal([36L, 6L], heat.Map.Weeks.Select(w => w.Figures.Volume));
        Assert.Equal([idCheck, welcomeCall, firstBill], heat.Touchpoints.Select(t => t.TouchpointId));
    }

    [Fact]
    public void Weeks_without_feedback_are_in_the_series_with_no_evidence()
    {
        var heat = Heat(HeatWindow.LastWeeks(4, W11.Plus(1).Start));
        var bill = heat.Touchpoint(firstBill)!.Heat;
        Assert.Equal([EvidenceLevel.None, EvidenceLevel.None, EvidenceLevel.Insufficient, EvidenceLevel.None], bill.Weeks.Select(w => w.Figures.Evidence));
    }
}
