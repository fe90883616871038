using JourneyStudio.Domain.Canvas;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Tests.Maps;

namespace JourneyStudio.Domain.Tests.Canvas;

public class CanvasModelTests : MapSpecification
{
    private readonly Guid discover, buy, thoughts, touchpoints, pains;

    public CanvasModelTests()
    {
        discover = AddStage("Discover");
        buy = AddStage("Buy");
        thoughts = AddLane("Thoughts", LaneKind.Thoughts);
        touchpoints = AddLane("Touchpoints", LaneKind.Touchpoints);
        pains = AddLane("Pain points", LaneKind.PainPoints);
    }

    [Fact]
    public void Arrow_keys_walk_the_grid_in_the_order_people_see_it_and_stop_at_the_edges()
    {
        var start = new CellRef(discover, thoughts);
        Assert.Equal(new CellRef(buy, thoughts), CellNavigator.Neighbour(Map, start, Direction.Right));
        Assert.Equal(new CellRef(discover, touchpoints), CellNavigator.Neighbour(Map, start, Direction.Down));
        Assert.Null(CellNavigator.Neighbour(Map, start, Direction.Left));
        Assert.Null(CellNavigator.Neighbour(Map, start, Direction.Up));
    }

    [Fact]
    public void Carried_cards_skip_lanes_of_another_kind()
    {
        var from = new CellRef(discover, thoughts);
        // A note moving down jumps over touchpoints and pain points: there is no further note lane.
        Assert.Null(CellNavigator.Neighbour(Map, from, Direction.Down, CardKind.Note));
        var extra = AddLane("Backstage", LaneKind.Backstage);
        Assert.Equal(new CellRef(discover, extra), CellNavigator.Neighbour(Map, from, Direction.Down, CardKind.Note));
    }

    [Fact]
    public void Shift_click_toggles_and_a_removed_card_drops_out_of_the_selection()
    {
        var a = AddCard(discover, thoughts, "a");
        var b = AddCard(buy, thoughts, "b");
        var selection = new CanvasSelection();
        selection.Select(a, new CellRef(discover, thoughts));
        selection.Toggle(b, new CellRef(buy, thoughts));
        Assert.Equal([a, b], selection.Cards);
        selection.Toggle(a, new CellRef(discover, thoughts));
        Assert.Equal([b], selection.Cards);

        Given(new RemoveCard(b));
        selection.Prune(Map);
        Assert.True(selection.IsEmpty);
    }

    [Fact]
    public void Selected_cards_come_back_in_map_order_whatever_order_they_were_picked_in()
    {
        var late = AddCard(buy, thoughts, "late");
        var early = AddCard(discover, thoughts, "early");
        var selection = new CanvasSelection();
        selection.Replace([late, early], additive: false);
        Assert.Equal(["early", "late"], selection.InMapOrder(Map).Select(c => c.Text));
    }

    [Fact]
    public void Pasting_copies_text_style_and_facets_into_new_cards_in_a_cell_that_fits()
    {
        var tp = AddCard(discover, touchpoints, "Branch visit");
        Given(new SetTouchpointChannel(tp, "Branch"), new AssignOwner(tp, Operations.Id), new SetKpiTargets(tp, 40, 4.5m, null),
            new RestyleCard(tp, CardColour.Teal, ["queue"]));
        var clipboard = new CardClipboard();
        clipboard.Copy([Map.FindCard(tp)!]);

        Given([.. clipboard.PasteInto(Map, new CellRef(buy, touchpoints), Guid.NewGuid)]);

        var copy = Assert.Single(Map.CardsIn(buy, touchpoints));
        Assert.NotEqual(tp, copy.Id);
        Assert.Equal(("Branch visit", CardColour.Teal, "Branch", (Guid?)Operations.Id, 40), (copy.Text, copy.Colour!.Value, copy.Touchpoint!.Channel, copy.OwnerDepartmentId, copy.Touchpoint.Kpis.Nps!.Value));
        Assert.Equal(["queue"], copy.Tags);
    }

    [Fact]
    public void Pasting_into_a_lane_of_another_kind_puts_the_copy_back_in_its_own_cell()
    {
        var note = AddCard(discover, thoughts, "Why so slow?");
        var clipboard = new CardClipboard();
        clipboard.Copy([Map.FindCard(note)!]);
        Given([.. clipboard.PasteInto(Map, new CellRef(buy, pains), Guid.NewGuid)]);
        Assert.Equal(["Why so slow?", "Why so slow?"], TextsIn(discover, thoughts));
        Assert.Empty(TextsIn(buy, pains));
    }

    [Fact]
    public void Duplicating_puts_each_copy_right_after_its_original()
    {
        var first = AddCard(discover, thoughts, "first");
        AddCard(discover, thoughts, "second");
        Given([.. CardClipboard.Duplicate([Map.FindCard(first)!], Guid.NewGuid)]);
        Assert.Equal(["first", "first", "second"], TextsIn(discover, thoughts));
    }
}
