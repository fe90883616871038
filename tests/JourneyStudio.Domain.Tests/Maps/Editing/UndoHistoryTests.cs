using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Editing;

namespace JourneyStudio.Domain.Tests.Maps.Editing;

public class UndoHistoryTests : UndoSpecification
{
    private readonly Guid payment, pains;
    private readonly Guid declined, refund;
    private readonly UndoHistory ana = new();

    public UndoHistoryTests()
    {
        payment = AddStage("Payment");
        pains = AddLane("Pain points", LaneKind.PainPoints);
        declined = AddCard(payment, pains, "Card declined");
        refund = AddCard(payment, pains, "Refund takes a week");
    }

    private string TextOf(Guid card) => Map.RequireCard(card, "id").Text;

    [Fact]
    public void Undo_is_refused_when_someone_else_changed_the_same_card_since()
    {
        Edit(ana, Ana, "Edit 'Refund takes a week'", new EditCardText(refund, "Refund takes ten days"));
        Edit(ana, Ana, "Edit 'Card declined'", new EditCardText(declined, "Card declined at checkout"));
        When(Ben, new EditCardText(declined, "Card declined on mobile"));

        var refusal = Undo(ana, Ana);

        Assert.Equal("Not undone: someone else has changed the pain point 'Card declined at checkout' since.", refusal);
        Assert.Equal("Card declined on mobile", TextOf(declined));
        Assert.Equal("Edit 'Refund takes a week'", ana.NextUndoDescription);
        Assert.Null(Undo(ana, Ana));
        Assert.Equal("Refund takes a week", TextOf(refund));
    }

    [Fact]
    public void Undo_goes_ahead_when_someone_else_changed_a_different_card()
    {
        Edit(ana, Ana, "Edit 'Card declined'", new EditCardText(declined, "Card declined at checkout"));
        When(Ben, new EditCardText(refund, "Refund takes ten days"), new RemoveCard(refund));

        Assert.Null(Undo(ana, Ana));

        Assert.Equal("Card declined", TextOf(declined));
        Assert.Null(Map.FindCard(refund));
    }

    [Fact]
    public void A_new_change_clears_redo()
    {
        Edit(ana, Ana, "Edit 'Card declined'", new EditCardText(declined, "Declined"));
        Undo(ana, Ana);
        Assert.Equal("Edit 'Card declined'", ana.NextRedoDescription);

        Edit(ana, Ana, "Edit 'Refund takes a week'", new EditCardText(refund, "Slow refund"));

        Assert.False(ana.CanRedo);
        Assert.Null(ana.NextRedoDescription);
    }

    [Fact]
    public void Undo_and_redo_walk_back_and_forth_through_the_steps()
    {
        Edit(ana, Ana, "Add stage", new AddStage("Delivery"));
        Edit(ana, Ana, "Edit 'Card declined'", new EditCardText(declined, "Declined"));
        var afterBoth = Shape(Map);

        Undo(ana, Ana);
        Undo(ana, Ana);
        Assert.False(ana.CanUndo);
        Assert.Equal(["Payment"], Map.OrderedStages.Select(s => s.Name));

        Assert.Null(Redo(ana, Ana));
        Assert.Equal("Edit 'Card declined'", ana.NextRedoDescription);
        Assert.Null(Redo(ana, Ana));
        Assert.Equal(afterBoth, Shape(Map));
        Assert.Equal("Edit 'Card declined'", ana.NextUndoDescription);
        Assert.False(ana.CanRedo);
    }

    [Fact]
    public void Redo_is_refused_when_someone_else_changed_the_same_card_after_the_undo()
    {
        Edit(ana, Ana, "Edit 'Card declined'", new EditCardText(declined, "Declined"));
        Undo(ana, Ana);
        When(Ben, new RestyleCard(declined, CardColour.Red, ["urgent"]));

        Assert.Equal("Not redone: someone else has changed the pain point 'Card declined' since.", Redo(ana, Ana));
        Assert.False(ana.CanRedo);
    }

    [Fact]
    public void Undoing_an_added_stage_is_refused_when_someone_else_put_a_card_in_it()
    {
        Edit(ana, Ana, "Add stage", new AddStage("Delivery"));
        var delivery = Map.OrderedStages.Last().Id;
        When(Ben, new AddCard(delivery, pains, "Parcel lost"));

        Assert.Equal("Not undone: someone else has changed the stage 'Delivery' since.", Undo(ana, Ana));
        Assert.NotNull(Map.FindStage(delivery));
    }

    [Fact]
    public void Undoing_an_added_card_is_refused_when_someone_else_drew_a_handoff_to_it()
    {
        Edit(ana, Ana, "Add card", new AddCard(payment, pains, "Fraud check"));
        var fraud = Map.CardsIn(payment, pains).Last().Id;
        When(Ben, new AddHandoff(declined, fraud));

        Assert.NotNull(Undo(ana, Ana));
        Assert.Single(Map.Handoffs);
    }

    [Fact]
    public void Undoing_a_removal_is_refused_when_someone_else_brought_the_card_back()
    {
        Edit(ana, Ana, "Remove 'Card declined'", new RemoveCard(declined));
        When(Ben, new AddCard(payment, pains, "Card declined", declined));

        Assert.Equal("Not undone: someone else has changed the pain point 'Card declined' since.", Undo(ana, Ana));
    }

    [Fact]
    public void Undoing_a_move_after_its_neighbour_was_removed_puts_the_card_back()
    {
        AddCard(payment, pains, "Chargeback fee");
        var delivery = AddStage("Delivery");
        Edit(ana, Ana, "Move 'Refund takes a week'", new MoveCard(refund, delivery, pains));
        When(Ben, new RemoveCard(declined));

        Assert.Null(Undo(ana, Ana));

        Assert.Equal(["Refund takes a week", "Chargeback fee"], Map.CardsIn(payment, pains).Select(c => c.Text));
        Assert.Null(Redo(ana, Ana));
        Assert.Equal(["Chargeback fee"], Map.CardsIn(payment, pains).Select(c => c.Text));
    }

    [Fact]
    public void Undoing_a_move_after_both_its_neighbours_left_puts_the_card_at_the_end_of_its_old_cell()
    {
        var chargeback = AddCard(payment, pains, "Chargeback fee");
        var delivery = AddStage("Delivery");
        Edit(ana, Ana, "Move 'Refund takes a week'", new MoveCard(refund, delivery, pains));
        When(Ben, new RemoveCard(declined), new MoveCard(chargeback, delivery, pains), new AddCard(payment, pains, "Fraud check"));

        Assert.Null(Undo(ana, Ana));

        Assert.Equal(["Fraud check", "Refund takes a week"], Map.CardsIn(payment, pains).Select(c => c.Text));
    }

    [Fact]
    public void Undoing_a_stage_move_after_the_stage_before_it_was_removed_puts_it_back()
    {
        var review = AddStage("Review");
        var delivery = AddStage("Delivery");
        Edit(ana, Ana, "Move stage 'Review'", new MoveStage(review, Placement.AtEnd));
        When(Ben, new RemoveStage(payment));

        Assert.Null(Undo(ana, Ana));

        Assert.Equal([review, delivery], Map.OrderedStages.Select(s => s.Id));
    }

    [Fact]
    public void Changes_that_change_nothing_or_are_not_canvas_edits_are_not_steps()
    {
        Edit(ana, Ana, "Edit 'Card declined'", new EditCardText(declined, "Declined"));
        Undo(ana, Ana);

        Edit(ana, Ana, "Archive", new ArchiveMap());
        Edit(ana, Ana, "Same text", new EditCardText(refund, "Refund takes a week"));

        Assert.False(ana.CanUndo);
        Assert.Equal("Edit 'Card declined'", ana.NextRedoDescription);
    }

    [Fact]
    public void History_keeps_the_latest_steps_only()
    {
        for (var i = 1; i <= UndoHistory.Capacity + 5; i++) Edit(ana, Ana, $"Edit {i}", new EditCardText(declined, $"Declined {i}"));

        var undone = 0;
        while (ana.CanUndo && Undo(ana, Ana) is null) undone++;

        Assert.Equal(UndoHistory.Capacity, undone);
        Assert.Equal("Declined 5", TextOf(declined));
    }

    [Fact]
    public void Undo_with_nothing_to_undo_says_so()
    {
        Assert.Equal("Nothing to undo.", ana.TakeUndo().Refusal);
        Assert.Equal("Nothing to redo.", ana.TakeRedo().Refusal);
    }
}
