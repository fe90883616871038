using JourneyStudio.Domain.Feedback.Sentiment;

namespace JourneyStudio.Domain.Tests.Feedback;

public class SentimentScorerTests
{
    private static readonly SentimentScorer Scorer = SentimentScorer.Default;

    private static double Score(string text) => Scorer.Score(text).Score!.Value;

    [Fact]
    public void The_lexicon_holds_afinn_and_the_service_words()
    {
        Assert.True(SentimentLexicon.Default.Count > 3300);
        Assert.True(SentimentLexicon.Default.TryWord("slow", out var slow) && slow < 0);
        Assert.True(SentimentLexicon.Default.TryWord("terrible", out var terrible) && terrible == -3);
    }

    [Fact]
    public void Negation_flips_and_softens_so_not_bad_is_mildly_positive()
    {
        Assert.True(Score("The app is bad") < 0);
        var notBad = Score("The app is not bad");
        Assert.InRange(notBad, 0.05, 0.5);
        Assert.True(Score("The staff were not helpful") < 0);
        Assert.True(Score("It isn't great") < 0);
        Assert.True(Score("Never had a problem") > 0 || Score("Never had a problem") < Score("Had a problem") + 1, "negated problem is not worse");
    }

    [Fact]
    public void Intensifiers_strengthen_and_softeners_weaken()
    {
        var slow = Score("The website is slow");
        var reallySlow = Score("The website is really slow");
        var bitSlow = Score("The website is a bit slow");
        Assert.True(slow < 0);
        Assert.True(reallySlow < slow, $"really slow {reallySlow} should be below slow {slow}");
        Assert.True(bitSlow > slow, $"a bit slow {bitSlow} should be above slow {slow}");
    }

    [Fact]
    public void After_but_the_second_clause_decides()
    {
        Assert.True(Score("The delivery was late but the driver was lovely and helpful") > 0);
        Assert.True(Score("The driver was friendly but the parcel arrived broken and late") < 0);
    }

    [Fact]
    public void Scores_stay_within_minus_one_and_one()
    {
        var worst = Score("terrible awful horrible disgusting useless rude broken scam!!!");
        var best = Score("amazing wonderful fantastic excellent brilliant superb perfect!!!");
        Assert.InRange(worst, -1, -0.9);
        Assert.InRange(best, 0.9, 1);
    }

    [Fact]
    public void English_without_feeling_words_is_neutral()
    {
        var reading = Scorer.Score("I moved to a new flat in March and the engineer came on the Tuesday.");
        Assert.Equal(0, reading.Score);
        Assert.Equal("en", reading.Language);
    }

    [Theory]
    [InlineData("Die Lieferung war sehr spät und der Fahrer war nicht freundlich.", "de")]
    [InlineData("Le service client est très lent et je ne suis pas content.", "fr")]
    [InlineData("El envío fue muy lento y el producto llegó roto.", "es")]
    [InlineData("Доставка была очень медленной", "ru")]
    public void Other_languages_are_marked_unscored_not_guessed(string text, string language)
    {
        var reading = Scorer.Score(text);
        Assert.True(reading.Unscored);
        Assert.Null(reading.Score);
        Assert.Equal(language, reading.Language);
    }

    [Fact]
    public void Text_with_nothing_to_go_on_is_unscored()
    {
        Assert.True(Scorer.Score("#4471-B").Unscored);
    }

    [Theory]
    [InlineData("The engineer didn’t turn up, again.")]
    [InlineData("Great service")]
    [InlineData("Der Techniker kam nicht, sehr ärgerlich.")]
    [InlineData("Le service était très lent et je ne suis pas content.")]
    [InlineData("Доставка была очень медленной")]
    [InlineData("12345 ###")]
    [InlineData("'quoted' words — and a dash; (brackets) too!")]
    [InlineData("Fed up!")]
    [InlineData("Right direction")]
    [InlineData("Pretty little thing")]
    [InlineData("Super extremely")]
    public void The_language_of_scored_text_is_the_one_scoring_it_would_give(string text) =>
        Assert.Equal(Scorer.Score(text).Language, Scorer.Language(text));
}
