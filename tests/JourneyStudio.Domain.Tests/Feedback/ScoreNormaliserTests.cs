using JourneyStudio.Domain.Feedback.Scores;

namespace JourneyStudio.Domain.Tests.Feedback;

public class ScoreNormaliserTests
{
    private static double Norm(string raw, ScoreScale scale) => ScoreNormaliser.Normalise(raw, scale)!.Value;

    [Theory]
    [InlineData("0", -1)]
    [InlineData("4", -0.2)]
    [InlineData("5", 0)]
    [InlineData("9", 0.8)]
    [InlineData("10", 1)]
    public void Nps_is_linear_around_five_so_zero_to_four_is_negative(string raw, double expected) =>
        Assert.Equal(expected, Norm(raw, ScoreScale.Nps), 4);

    [Theory]
    [InlineData("1", -1)]
    [InlineData("3", 0)]
    [InlineData("4", 0.5)]
    [InlineData("5", 1)]
    [InlineData("4,5", 0.75)]
    [InlineData("5 - Very satisfied", 1)]
    [InlineData("Very dissatisfied", -1)]
    public void Csat_one_to_five_is_linear_and_accepts_decimal_commas_and_labelled_numbers(string raw, double expected) =>
        Assert.Equal(expected, Norm(raw, ScoreScale.Csat), 4);

    [Fact]
    public void Ces_one_to_seven_centres_on_four_and_an_effort_scale_where_lower_is_better_reverses()
    {
        Assert.Equal(0, Norm("4", ScoreScale.Ces), 4);
        Assert.Equal(1, Norm("7", ScoreScale.Ces), 4);
        Assert.Equal(1, Norm("1", ScoreScale.Ces with { HigherIsBetter = false }), 4);
    }

    [Theory]
    [InlineData("4", 0.5)]
    [InlineData("4/5", 0.5)]
    [InlineData("4 out of 5", 0.5)]
    [InlineData("4 stars", 0.5)]
    [InlineData("★★★★☆", 0.5)]
    [InlineData("8/10", 0.5)]
    [InlineData("1", -1)]
    public void Stars_read_the_forms_review_sites_write(string raw, double expected) =>
        Assert.Equal(expected, Norm(raw, ScoreScale.FiveStars), 4);

    [Theory]
    [InlineData("👍", 1)]
    [InlineData("up", 1)]
    [InlineData("Yes", 1)]
    [InlineData("👎", -1)]
    [InlineData("down", -1)]
    [InlineData("no", -1)]
    public void Thumbs_are_plus_or_minus_one(string raw, double expected) => Assert.Equal(expected, Norm(raw, ScoreScale.Thumbs));

    [Theory]
    [InlineData("Very satisfied", 1)]
    [InlineData("satisfied", 0.5)]
    [InlineData("Neither satisfied nor dissatisfied", 0)]
    [InlineData("Dissatisfied", -0.5)]
    [InlineData("Strongly disagree", -1)]
    [InlineData("Very easy", 1)]
    public void Labels_map_to_fixed_places(string raw, double expected) => Assert.Equal(expected, Norm(raw, ScoreScale.Labels));

    [Fact]
    public void An_empty_score_is_no_score_and_a_value_off_the_scale_says_why()
    {
        Assert.Null(ScoreNormaliser.Normalise("  ", ScoreScale.Nps));
        var outside = Assert.Throws<ScoreNotReadable>(() => ScoreNormaliser.Normalise("11", ScoreScale.Nps));
        Assert.Contains("outside the NPS 0–10 scale", outside.Message);
        var word = Assert.Throws<ScoreNotReadable>(() => ScoreNormaliser.Normalise("eleven", ScoreScale.Nps));
        Assert.Contains("'eleven' is not a number", word.Message);
        Assert.Throws<ScoreNotReadable>(() => ScoreNormaliser.Normalise("maybe", ScoreScale.Thumbs));
    }
}
