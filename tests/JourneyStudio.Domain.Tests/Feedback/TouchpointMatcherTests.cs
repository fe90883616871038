using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Domain.Tests.Feedback;

public class TouchpointMatcherTests
{
    private static readonly Guid Map = Guid.NewGuid(), Stage = Guid.NewGuid(), Delivery = Guid.NewGuid(), App = Guid.NewGuid(), Branch = Guid.NewGuid();

    private static readonly TouchpointMatcher Matcher = new([
        new TouchpointRules(Map, Stage, Delivery, "Delivery", [
            new FeedbackRule(FeedbackRuleKind.Phrase, "late delivery"),
            new FeedbackRule(FeedbackRuleKind.Phrase, "courier*"),
            new FeedbackRule(FeedbackRuleKind.FieldEquals, "Delivery", "Topic"),
        ]),
        new TouchpointRules(Map, Stage, App, "Mobile app", [
            new FeedbackRule(FeedbackRuleKind.Channel, "App Store"),
            new FeedbackRule(FeedbackRuleKind.UrlPattern, "https://reviews.example/*/app*"),
        ]),
        new TouchpointRules(Map, Stage, Branch, "Branch visit", [new FeedbackRule(FeedbackRuleKind.Phrase, "café")]),
    ]);

    private static MatchInput Item(string text, string? channel = null, string? url = null, Dictionary<string, string>? fields = null, string? title = null) =>
        new(title, text, channel, url, fields ?? []);

    [Fact]
    public void A_phrase_matches_whole_words_in_order_ignoring_case_and_punctuation_and_records_the_rule()
    {
        var match = Assert.Single(Matcher.Match(Item("Another LATE, delivery again!")));
        Assert.Equal(Delivery, match.CardId);
        Assert.Equal(MatchOrigin.Rule, match.Origin);
        Assert.Equal(0, match.RuleIndex);
        Assert.Equal("phrase “late delivery”", match.Reason);
        Assert.Empty(Matcher.Match(Item("the delivery was late")));
        Assert.Empty(Matcher.Match(Item("chocolate delivery")));
    }

    [Fact]
    public void A_star_at_the_end_of_a_phrase_matches_any_ending()
    {
        var match = Assert.Single(Matcher.Match(Item("The couriers never rang the bell")));
        Assert.Equal(1, match.RuleIndex);
    }

    [Fact]
    public void Accents_do_not_matter()
    {
        Assert.Equal(Branch, Assert.Single(Matcher.Match(Item("The CAFE in the branch was closed"))).CardId);
    }

    [Fact]
    public void Field_channel_and_url_rules_match_their_values_and_an_item_can_match_several_touchpoints()
    {
        var matches = Matcher.Match(Item("Crashes on start", channel: "app store", url: "https://reviews.example/uk/app/123",
            fields: new() { ["topic"] = " delivery " }));
        Assert.Equal(2, matches.Count);
        Assert.Equal("field Topic = “Delivery”", matches.Single(m => m.CardId == Delivery).Reason);
        Assert.Equal("channel “App Store”", matches.Single(m => m.CardId == App).Reason);
        Assert.Equal("URL like https://reviews.example/*/app*", Assert.Single(Matcher.Match(Item("x", url: "https://REVIEWS.example/de/app"))).Reason);
    }

    [Fact]
    public void The_first_rule_of_a_card_that_fits_is_the_one_recorded()
    {
        var match = Assert.Single(Matcher.Match(Item("late delivery and the courier was rude", fields: new() { ["Topic"] = "Delivery" })));
        Assert.Equal(0, match.RuleIndex);
    }

    [Fact]
    public void The_title_counts_as_text()
    {
        Assert.Single(Matcher.Match(Item("Arrived a week after I was promised.", title: "Late delivery")));
    }
}
