using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Scores;
using JourneyStudio.Domain.Feedback.Sentiment;

namespace JourneyStudio.Domain.Tests.Feedback;

public class FeedbackIntakeTests
{
    private static readonly IntakeContext Ctx = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    private static FeedbackDraft Draft(string? text = "Fine", string? score = null, string? date = null, string? id = null, Dictionary<string, string>? fields = null) =>
        new("line 2", id, null, text, score, date, "Ann", null, null, null, fields ?? []);

    private static FeedbackIntake Intake(ScoreScale? scale = null, string? format = null) =>
        new(new IntakeRules(scale ?? ScoreScale.Nps, format), SentimentScorer.Default);

    [Fact]
    public void A_scored_item_keeps_the_raw_value_beside_the_normalised_one()
    {
        var item = Intake().Prepare(Draft(score: "9", date: "2025-06-03T10:15:00Z"), Ctx).Item!;
        Assert.Equal("9", item.RawScore);
        Assert.Equal(0.8, item.Score);
        Assert.Equal(ScoreOrigin.Source, item.ScoreOrigin);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 10, 15, 0, TimeSpan.Zero), item.ReceivedAt);
        Assert.Equal(new DateOnly(2025, 6, 2), item.Week);
    }

    [Fact]
    public void Half_an_emoji_cut_off_by_an_export_becomes_a_replacement_mark_and_whole_ones_stay()
    {
        var cut = "Love the app \ud83d";
        var item = Intake().Prepare(Draft(text: cut + " 👍 \ude00 end", fields: new() { ["Q4"] = cut }), Ctx).Item!;

        Assert.Equal("Love the app \ufffd 👍 \ufffd end", item.Text);
        Assert.Equal("Love the app \ufffd", item.Fields["Q4"]);
    }

    [Fact]
    public void Text_without_a_score_gets_its_sentiment_and_other_languages_stay_unscored()
    {
        var english = Intake().Prepare(Draft("Really slow and unhelpful"), Ctx).Item!;
        Assert.Equal(ScoreOrigin.Sentiment, english.ScoreOrigin);
        Assert.True(english.Score < 0);
        var german = Intake().Prepare(Draft("Die Lieferung war sehr spät und nicht gut"), Ctx).Item!;
        Assert.True(german.Unscored);
        Assert.Null(german.Score);
        Assert.Equal("de", german.Language);
    }

    [Fact]
    public void A_reader_that_reads_text_better_keeps_the_key_its_items_were_stored_under()
    {
        var before = Intake().Prepare(Draft("Great moving team.We're impressed."), Ctx).Item!;
        var now = Intake().Prepare(Draft("Great moving team.\nWe're impressed.") with { KeyText = "Great moving team.We're impressed." }, Ctx).Item!;
        Assert.Equal(before.Key, now.Key);
        Assert.Equal(before.Id, now.Id);
        Assert.Equal("Great moving team.\nWe're impressed.", now.Text);
        Assert.NotEqual(before.Fingerprint, now.Fingerprint);
    }

    [Fact]
    public void The_key_is_the_external_id_or_else_a_content_hash_and_the_id_follows_from_it()
    {
        var withId = Intake().Prepare(Draft(id: "R-17"), Ctx).Item!;
        Assert.Equal("id:R-17", withId.Key);
        Assert.Equal(FeedbackIds.Item(Ctx.SourceId, "id:R-17"), withId.Id);
        var a = Intake().Prepare(Draft("Same words"), Ctx).Item!;
        var b = Intake().Prepare(Draft("Same words"), Ctx with { RunId = Guid.NewGuid(), Now = Ctx.Now.AddDays(1) }).Item!;
        Assert.StartsWith("hash:", a.Key);
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.Fingerprint, b.Fingerprint);
        var edited = Intake().Prepare(Draft("Same words", id: "R-17", fields: new() { ["plan"] = "Gold" }), Ctx).Item!;
        Assert.Equal(withId.Id, edited.Id);
        Assert.NotEqual(withId.Fingerprint, edited.Fingerprint);
    }

    [Fact]
    public void A_huge_field_an_unreadable_score_or_date_and_an_empty_row_are_rejected_with_the_field_named()
    {
        var huge = Intake().Prepare(Draft(new string('x', 200_000)), Ctx).Rejection!;
        Assert.Equal(("line 2", "text"), (huge.Where, huge.Field));
        Assert.Contains("200,000 characters; the limit is 20,000", huge.Reason);
        Assert.Equal("score", Intake().Prepare(Draft(score: "11"), Ctx).Rejection!.Field);
        var date = Intake().Prepare(Draft(date: "yesterday"), Ctx).Rejection!;
        Assert.Equal("line 2, field date: 'yesterday' is not a date.", date.ToString());
        Assert.Contains("nothing to import", Intake().Prepare(Draft(text: " "), Ctx).Rejection!.Reason);
    }

    [Theory]
    [InlineData("2025-06-03", 2025, 6, 3)]
    [InlineData("03/06/2025", 2025, 6, 3)]
    [InlineData("13/06/2025 14:05", 2025, 6, 13)]
    [InlineData("06/13/2025", 2025, 6, 13)]
    [InlineData("03.06.2025", 2025, 6, 3)]
    [InlineData("Tue, 03 Jun 2025 08:00:00 GMT", 2025, 6, 3)]
    [InlineData("1748937600", 2025, 6, 3)]
    public void Dates_come_in_the_forms_exports_and_feeds_use(string raw, int y, int m, int d)
    {
        var parsed = Intake().ParseDate(raw)!.Value;
        Assert.Equal(new DateOnly(y, m, d), DateOnly.FromDateTime(parsed.UtcDateTime));
    }

    [Fact]
    public void An_explicit_date_format_decides_ambiguous_dates()
    {
        Assert.Equal(3, Intake(format: "MM/dd/yyyy").ParseDate("06/03/2025")!.Value.Day);
    }
}

public class FeedbackIntakeZoneAndSkipTests
{
    private static readonly IntakeContext Ctx = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_date_without_offset_is_read_in_the_source_time_zone_and_one_with_an_offset_keeps_it()
    {
        var london = new FeedbackIntake(new IntakeRules(ScoreScale.Nps, TimeZone: "Europe/London"), SentimentScorer.Default);
        Assert.Equal(new DateTimeOffset(2026, 7, 14, 8, 32, 11, TimeSpan.Zero), london.ParseDate("2026-07-14 09:32:11"));
        Assert.Equal(new DateTimeOffset(2026, 11, 14, 9, 32, 0, TimeSpan.Zero), london.ParseDate("14/11/2026 09:32"));
        Assert.Equal(new DateTimeOffset(2026, 7, 14, 9, 32, 11, TimeSpan.Zero), london.ParseDate("2026-07-14T02:32:11-07:00"));
    }

    [Fact]
    public void Items_the_source_says_are_not_feedback_are_left_out_with_the_rule_named()
    {
        var intake = new FeedbackIntake(new IntakeRules(ScoreScale.Nps, Skip: [new SkipRule("Status", "Survey Preview"), new SkipRule("score")]), SentimentScorer.Default);
        var preview = new FeedbackDraft("line 5", "R_1", null, "Testing", "9", null, null, null, null, null, new Dictionary<string, string> { ["Status"] = "survey preview" });
        Assert.Contains("Status = Survey Preview", intake.Prepare(preview, Ctx).Rejection!.Reason);
        var unrated = preview with { Score = null, Fields = new Dictionary<string, string>() };
        Assert.Contains("score is empty", intake.Prepare(unrated, Ctx).Rejection!.Reason);
        var staff = preview with { Fields = new Dictionary<string, string> { ["category"] = "Moving home | Community Team" } };
        Assert.NotNull(new FeedbackIntake(new IntakeRules(ScoreScale.Nps, Skip: [new SkipRule("category", "Community Team")]), SentimentScorer.Default).Prepare(staff, Ctx).Rejection);
    }
}
