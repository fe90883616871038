using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Heat;

public class HeatFiguresTests
{
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero); // 2026-W10

    private static List<ScoredItem> Items(params double[] scores) =>
        scores.Select((s, i) => new ScoredItem(Wednesday.AddMinutes(i), s)).ToList();

    /// <summary>Wilson's interval in its other textbook form: (k + z²/2 ± z·√(k(n−k)/n + z²/4)) / (n + z²).</summary>
    private static (double Lower, double Upper) WilsonByCounts(double k, double n)
    {
        const double z = 1.959963984540054;
        var spread = z * Math.Sqrt(k * (n - k) / n + z * z / 4);
        return ((k + z * z / 2 - spread) / (n + z * z), (k + z * z / 2 + spread) / (n + z * z));
    }

    [Fact]
    public void A_known_week_of_twelve_items_gives_the_hand_computed_figures()
    {
        // negatives −1, −0.5, −0.5, −0.2 (pain 2.2); sum of all twelve = −2.2 + 4.5 = 2.3
        var figures = HeatFigures.From(Items(-1, -0.5, -0.5, -0.2, 0, 0.2, 0.4, 0.5, 0.6, 0.8, 1, 1), HeatSettings.Default);

        Assert.Equal(12, figures.Volume);
        Assert.Equal(4, figures.NegativeItems);
        Assert.Equal(2.3 / 12, figures.MeanScore!.Value, 9);
        Assert.Equal(1.0 / 3, figures.NegativeShare!.Value, 12);
        Assert.Equal(0.55, figures.NegativeDepth!.Value, 9);
        Assert.Equal(100 * 2.2 / 12, figures.PainIndex!.Value, 9); // 18.33
        Assert.Equal(0.138120, figures.NegativeShareInterval!.Value.Lower, 6); // worked by hand: 2.188022 / 15.841459
        Assert.Equal(0.609378, figures.NegativeShareInterval!.Value.Upper, 6); // 9.653436 / 15.841459
        Assert.Equal(EvidenceLevel.Sufficient, figures.Evidence);
        Assert.Equal(figures.PainIndex, figures.ColourPain);
        Assert.Equal("12 items; 33% negative (95% interval 14%–61%)", figures.EvidenceText);
    }

    [Theory]
    [InlineData(4, 12)]
    [InlineData(0, 10)]
    [InlineData(10, 10)]
    [InlineData(3, 9)]
    [InlineData(1, 1)]
    [InlineData(370, 1000)]
    public void The_negative_share_interval_is_Wilsons(int negatives, int total)
    {
        var scores = Enumerable.Range(0, total).Select(i => i < negatives ? -0.5 : 0.5).ToArray();
        var interval = HeatFigures.From(Items(scores), HeatSettings.Default).NegativeShareInterval!.Value;
        var (lower, upper) = WilsonByCounts(negatives, total);
        Assert.Equal(lower, interval.Lower, 9);
        Assert.Equal(upper, interval.Upper, 9);
    }

    [Fact]
    public void A_cell_below_the_evidence_minimum_is_hatched_not_coloured()
    {
        var nine = HeatFigures.From(Items(-1, -1, -1, -1, -1, -1, -1, -1, -1), HeatSettings.Default);
        Assert.Equal(EvidenceLevel.Insufficient, nine.Evidence);
        Assert.True(nine.IsHatched);
        Assert.Null(nine.ColourPain);
        Assert.Equal(100, nine.PainIndex!.Value, 9); // the figures are still there for the hover card
        Assert.Equal("insufficient evidence: 9 items, 10 needed", nine.EvidenceText);

        var ten = HeatFigures.From(Items(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1), HeatSettings.Default);
        Assert.Equal(EvidenceLevel.Sufficient, ten.Evidence);
        Assert.False(ten.IsHatched);
        Assert.Equal(100, ten.ColourPain!.Value, 9);
    }

    [Fact]
    public void The_evidence_minimum_is_the_workspaces_to_set()
    {
        var three = HeatFigures.From(Items(0.5, -0.5, 0.5), new HeatSettings(3));
        Assert.Equal(EvidenceLevel.Sufficient, three.Evidence);
        Assert.Equal(3, three.EvidenceMinimum);
        Assert.Equal("evidenceMinimum", Assert.Throws<DomainRuleViolation>(() => new HeatSettings(0)).Field);
    }

    [Fact]
    public void An_empty_cell_has_no_ratios_and_no_evidence()
    {
        var none = HeatFigures.From([], HeatSettings.Default);
        Assert.Equal((0L, 0L, EvidenceLevel.None), (none.Volume, none.NegativeItems, none.Evidence));
        Assert.Null(none.MeanScore);
        Assert.Null(none.NegativeShare);
        Assert.Null(none.NegativeShareInterval);
        Assert.Null(none.PainIndex);
        Assert.Null(none.ColourPain);
        Assert.False(none.IsHatched);
        Assert.Equal("no feedback", none.EvidenceText);
    }

    [Fact]
    public void Praise_does_not_cancel_pain_and_a_few_furious_customers_count_in_proportion()
    {
        var split = HeatFigures.From(Items(Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 1.0 : -1.0).ToArray()), HeatSettings.Default);
        Assert.Equal(0, split.MeanScore!.Value, 12);
        Assert.Equal(50, split.PainIndex!.Value, 9);

        var tenPercentFurious = HeatFigures.From(Items(Enumerable.Range(0, 20).Select(i => i < 2 ? -1.0 : 1.0).ToArray()), HeatSettings.Default);
        Assert.Equal(10, tenPercentFurious.PainIndex!.Value, 9);

        var allHappy = HeatFigures.From(Items(Enumerable.Repeat(0.4, 12).ToArray()), HeatSettings.Default);
        Assert.Equal(0, allHappy.PainIndex!.Value);
        Assert.Null(allHappy.NegativeDepth);
    }

    [Fact]
    public void A_neutral_score_is_not_negative()
    {
        var figures = HeatFigures.From(Items(0, 0, -0.000001), HeatSettings.Default);
        Assert.Equal(1, figures.NegativeItems);
    }

    [Theory]
    [InlineData(1.0001)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Scores_outside_minus_one_to_one_are_refused(double score)
    {
        Assert.Equal("score", Assert.Throws<DomainRuleViolation>(() => new ScoredItem(Wednesday, score)).Field);
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1.6448536269514722, 0.95)]
    [InlineData(1.959963984540054, 0.975)]
    [InlineData(-2.3263478740408408, 0.01)]
    [InlineData(3.090232306167813, 0.999)]
    public void The_normal_distribution_function_matches_table_values(double z, double expected)
    {
        Assert.Equal(expected, HeatStatistics.NormalCdf(z), 7);
    }
}
