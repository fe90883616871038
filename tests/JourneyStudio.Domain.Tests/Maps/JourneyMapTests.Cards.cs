using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Maps;

public class JourneyMapCardTests : MapSpecification
{
    private readonly Guid awareness, purchase, notes, touchpoints, emotions;

    public JourneyMapCardTests()
    {
        awareness = AddStage("Awareness");
        purchase = AddStage("Purchase");
        notes = AddLane("Thoughts", LaneKind.Thoughts);
        touchpoints = AddLane("Touchpoints", LaneKind.Touchpoints);
        emotions = AddLane("Emotions", LaneKind.Emotions);
    }

    [Fact]
    public void A_card_takes_its_kind_from_its_lane()
    {
        var note = AddCard(awareness, notes, "Is this bank for me?");
        var touchpoint = AddCard(awareness, touchpoints, "Sees advert");
        var emotion = AddCard(awareness, emotions, "Curious");
        Assert.Equal(CardKind.Note, Map.RequireCard(note, "id").Kind);
        Assert.Equal(CardKind.Touchpoint, Map.RequireCard(touchpoint, "id").Kind);
        Assert.Equal(CardKind.Emotion, Map.RequireCard(emotion, "id").Kind);
    }

    [Fact]
    public void Cards_placed_after_and_before_others_keep_that_order()
    {
        var first = AddCard(awareness, notes, "first");
        var last = AddCard(awareness, notes, "last");
        AddCard(awareness, notes, "middle", new Placement(AfterId: first));
        AddCard(awareness, notes, "very first", new Placement(BeforeId: first));
        Assert.Equal(["very first", "first", "middle", "last"], TextsIn(awareness, notes));
    }

    [Fact]
    public void A_card_placed_after_a_card_someone_removed_goes_before_the_named_next_card_instead()
    {
        var gone = AddCard(awareness, notes, "gone");
        var next = AddCard(awareness, notes, "next");
        AddCard(awareness, notes, "last");
        When(Ben, new RemoveCard(gone));

        AddCard(awareness, notes, "placed", new Placement(AfterId: gone, BeforeId: next));

        Assert.Equal(["placed", "next", "last"], TextsIn(awareness, notes));
    }

    [Fact]
    public void A_card_placed_between_two_cards_that_both_left_its_cell_goes_to_the_end()
    {
        var moved = AddCard(awareness, notes, "moved away");
        var gone = AddCard(awareness, notes, "gone");
        AddCard(awareness, notes, "stays");
        When(Ben, new MoveCard(moved, purchase, notes), new RemoveCard(gone));

        AddCard(awareness, notes, "placed", new Placement(AfterId: moved, BeforeId: gone));

        Assert.Equal(["stays", "placed"], TextsIn(awareness, notes));
    }

    [Fact]
    public void Two_inserts_at_the_same_spot_both_land_without_colliding()
    {
        var a = AddCard(awareness, notes, "a");
        AddCard(awareness, notes, "c");
        // Two people both ask for "right after a": the second is decided on the state the first produced.
        AddCard(awareness, notes, "from Ana", new Placement(AfterId: a));
        AddCard(awareness, notes, "from Ben", new Placement(AfterId: a));
        var keys = Map.CardsIn(awareness, notes).Select(c => c.OrderKey).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(["a", "from Ben", "from Ana", "c"], TextsIn(awareness, notes));
    }

    [Fact]
    public void Moving_a_card_to_another_stage_records_where_it_came_from()
    {
        var card = AddCard(awareness, notes, "Compares fees");
        var moved = Assert.IsType<CardMoved>(Assert.Single(When(Ben, new MoveCard(card, purchase, notes))));
        Assert.Equal((awareness, purchase, "Ben"), (moved.FromStageId, moved.ToStageId, moved.By.Name));
        Assert.Equal(purchase, Map.RequireCard(card, "id").StageId);
    }

    [Fact]
    public void Moving_a_card_to_where_it_already_is_changes_nothing()
    {
        var card = AddCard(awareness, notes, "only card");
        Assert.Empty(When(new MoveCard(card, awareness, notes)));
    }

    [Fact]
    public void A_card_can_be_reordered_within_its_cell()
    {
        var a = AddCard(awareness, notes, "a");
        AddCard(awareness, notes, "b");
        var c = AddCard(awareness, notes, "c");
        When(new MoveCard(c, awareness, notes, new Placement(BeforeId: a)));
        Assert.Equal(["c", "a", "b"], TextsIn(awareness, notes));
        Assert.Empty(When(new MoveCard(c, awareness, notes, new Placement(BeforeId: a))));
    }

    [Fact]
    public void A_touchpoint_cannot_be_dropped_into_a_thoughts_lane()
    {
        var card = AddCard(awareness, touchpoints, "Branch visit");
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new MoveCard(card, awareness, notes)));
        Assert.Equal("laneId", refusal.Field);
        Assert.Contains("Thoughts", refusal.Message);
    }

    [Fact]
    public void The_later_edit_of_the_same_text_wins_in_server_order()
    {
        var card = AddCard(awareness, notes, "draft");
        When(Ana, new EditCardText(card, "Ana's wording"));
        When(Ben, new EditCardText(card, "Ben's wording"));
        Assert.Equal("Ben's wording", Map.RequireCard(card, "id").Text);
    }

    [Fact]
    public void Edits_to_different_properties_of_one_card_both_apply()
    {
        var card = AddCard(awareness, notes, "draft");
        When(Ana, new EditCardText(card, "Reads the fee table"));
        When(Ben, new RestyleCard(card, CardColour.Pink, ["fees"]));
        var result = Map.RequireCard(card, "id");
        Assert.Equal(("Reads the fee table", CardColour.Pink), (result.Text, result.Colour));
        Assert.Equal(["fees"], result.Tags);
    }

    [Fact]
    public void An_edit_to_a_removed_card_is_refused_saying_who_removed_it()
    {
        var card = AddCard(awareness, notes, "Card declined at checkout");
        When(Ben, new RemoveCard(card));
        var refusal = Assert.Throws<TargetRemoved>(() => When(Ana, new EditCardText(card, "too late")));
        Assert.Contains("'Card declined at checkout'", refusal.Message);
        Assert.Contains("removed by Ben", refusal.Message);
    }

    [Fact]
    public void Removing_a_stage_removes_its_cards_and_their_handoffs()
    {
        var from = AddCard(awareness, touchpoints, "Apply online");
        var to = AddCard(purchase, touchpoints, "ID check");
        Given(new AddHandoff(from, to, "to KYC"));
        When(new RemoveStage(purchase));
        Assert.Null(Map.FindCard(to));
        Assert.Empty(Map.Handoffs);
        Assert.Throws<TargetRemoved>(() => When(new EditCardText(to, "x")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_card_text_is_refused(string text)
    {
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new AddCard(awareness, notes, text)));
        Assert.Equal("text", refusal.Field);
    }

    [Fact]
    public void Card_text_of_ten_thousand_characters_is_refused_with_the_limit()
    {
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new AddCard(awareness, notes, new string('x', 10_000))));
        Assert.Equal("text", refusal.Field);
        Assert.Contains("2000", refusal.Message);
    }

    [Fact]
    public void An_emotion_score_outside_minus_three_to_three_is_refused()
    {
        var emotion = AddCard(awareness, emotions, "Nervous");
        Assert.Equal("score", Assert.Throws<DomainRuleViolation>(() => When(new SetEmotionScore(emotion, 4))).Field);
        When(new SetEmotionScore(emotion, -3));
        Assert.Equal(-3, Map.RequireCard(emotion, "id").EmotionScore);
    }

    [Fact]
    public void A_batch_with_one_bad_command_applies_nothing_and_names_its_index()
    {
        var card = AddCard(awareness, notes, "keep me");
        var before = Map.Version;
        var refusal = Assert.Throws<DomainRuleViolation>(() =>
            When(new EditCardText(card, "changed"), new SetEmotionScore(card, 1)));
        Assert.Equal("commands[1].cardId", refusal.Field);
        Assert.Equal(before, Map.Version);
        Assert.Equal("keep me", Map.RequireCard(card, "id").Text);
    }

    [Fact]
    public void A_removed_card_can_come_back_with_its_own_id_which_is_how_undo_restores_it()
    {
        var card = AddCard(awareness, notes, "oops");
        When(new RemoveCard(card));
        When(new AddCard(awareness, notes, "oops", card));
        Assert.NotNull(Map.FindCard(card));
        Assert.False(Map.Removed.ContainsKey(card));
    }
}
