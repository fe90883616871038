using System.Text.Json;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Blueprints;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Canvas.Export;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Seeding;

namespace JourneyStudio.Web.Tests.Canvas;

/// <summary>The export layout on its own: demo maps and hand-made ones, measured with the SVG's glyph widths. No database.</summary>
public class ExportLayoutTests
{
    public static TheoryData<string> DemoMapKeys => new(Directory.GetFiles(SeedFolder("maps"), "*.json").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory, MemberData(nameof(DemoMapKeys))]
    public void Every_card_sits_inside_its_cell_and_no_two_cards_overlap(string key)
    {
        var (map, workspace) = DemoMap(key);
        var layout = Lay(map, workspace);

        Assert.Equal(map.Cards.Count(c => !InEmotionLane(map, c)), layout.Cards.Count);
        foreach (var card in layout.Cards)
        {
            var column = layout.Grid.Stages.Single(s => s.Stage.Id == card.Card.StageId).Column;
            var row = layout.Grid.Lanes.Single(l => l.Lane.Id == card.Card.LaneId).Row;
            Assert.Equal((column.X, column.Right, row.Y, row.Bottom), (card.Cell.X, card.Cell.Right, card.Cell.Y, card.Cell.Bottom));
            Assert.True(card.Cell.Contains(card.Bounds), $"'{card.Card.Label}' spills out of its cell");
            Assert.All(card.Text.Lines, line => Assert.True(ApproximateTextWidth.Measure(line, card.Text.FontSize) <= card.Bounds.Right - card.Text.X,
                $"'{line}' is wider than its card"));
        }
        foreach (var (a, b) in Pairs(layout.Cards))
            Assert.False(a.Bounds.Overlaps(b.Bounds), $"'{a.Card.Label}' overlaps '{b.Card.Label}'");
    }

    [Theory, MemberData(nameof(DemoMapKeys))]
    public void Stage_columns_run_left_to_right_in_stage_order_and_lanes_top_to_bottom(string key)
    {
        var (map, workspace) = DemoMap(key);
        var layout = Lay(map, workspace);

        Assert.Equal(map.OrderedStages.Select(s => s.Id), layout.Grid.Stages.Select(s => s.Stage.Id));
        Assert.Equal(Enumerable.Range(1, map.Stages.Count), layout.Grid.Stages.Select(s => s.Number));
        foreach (var (left, right) in layout.Grid.Stages.Zip(layout.Grid.Stages.Skip(1)))
            Assert.Equal(left.Column.Right, right.Column.X);
        Assert.Equal(map.OrderedLanes.Select(l => l.Id), layout.Grid.Lanes.Select(l => l.Lane.Id));
        foreach (var (upper, lower) in layout.Grid.Lanes.Zip(layout.Grid.Lanes.Skip(1)))
            Assert.Equal(upper.Row.Bottom, lower.Row.Y);
        Assert.True(layout.Header.Band.Bottom < layout.Grid.Frame.Y && layout.Grid.Frame.Bottom < layout.Legend.Band.Y);
        Assert.True(layout.Legend.Band.Bottom < layout.Height && layout.Grid.Frame.Right < layout.Width);
    }

    [Theory, MemberData(nameof(DemoMapKeys))]
    public void Emotion_points_follow_the_stages_in_order_and_rise_with_the_score(string key)
    {
        var (map, workspace) = DemoMap(key);
        var curve = Assert.Single(Lay(map, workspace).EmotionCurves);

        Assert.Equal(map.Cards.Count(c => c.LaneId == curve.Lane.Id), curve.Points.Count);
        var stageOrder = map.OrderedStages.Select(s => s.Id).ToList();
        Assert.Equal(curve.Points.Select(p => stageOrder.IndexOf(p.Card.StageId)), curve.Points.Select(p => p.StageIndex));
        foreach (var (before, after) in curve.Points.Zip(curve.Points.Skip(1)))
        {
            Assert.True(before.StageIndex <= after.StageIndex);
            Assert.True(before.At.X < after.At.X);
        }
        foreach (var point in curve.Points)
        {
            Assert.True(curve.Area.Contains(point.Label), $"the label of '{point.Card.Label}' leaves the emotion lane");
            Assert.Equal(curve.Levels.Single(l => l.Score == point.Score).Y, point.At.Y);
        }
        Assert.True(curve.Levels.Single(l => l.Score == 3).Y < curve.Levels.Single(l => l.Score == -3).Y);
    }

    [Theory, MemberData(nameof(DemoMapKeys))]
    public void Handoff_arrows_run_from_card_edge_to_card_edge_through_gutters_only(string key)
    {
        var (map, workspace) = DemoMap(key);
        var layout = Lay(map, workspace);
        var boxes = layout.Cards.ToDictionary(c => c.Card.Id, c => c.Bounds);

        Assert.Equal(map.Handoffs.Count, layout.Handoffs.Count);
        Assert.Equal(Enumerable.Range(1, map.Handoffs.Count), layout.Handoffs.Select(h => h.Number));
        foreach (var route in layout.Handoffs)
        {
            var (from, to) = (boxes[route.Handoff.FromCardId], boxes[route.Handoff.ToCardId]);
            Assert.True(OnSide(route.Path[0], from), "the arrow starts on its card's left or right edge");
            Assert.True(OnSide(route.Path[^1], to), "the arrow ends on its card's left or right edge");
            foreach (var (a, b) in route.Path.Zip(route.Path.Skip(1)))
            {
                Assert.True(a.X == b.X || a.Y == b.Y, "segments are horizontal or vertical");
                var segment = new Box(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y));
                foreach (var card in layout.Cards)
                    Assert.False(Shrunk(card.Bounds).Overlaps(Widened(segment)), $"handoff {route.Number} crosses '{card.Card.Label}'");
            }
        }
        Assert.Equal(layout.Handoffs.Count, layout.Legend.HandoffKeys.Count);
    }

    [Fact]
    public void A_crowded_cell_makes_its_row_taller_and_long_words_break_inside_the_card()
    {
        var (map, workspace) = Build(m =>
        {
            var stage = Add(m, new AddStage("Only stage")).OfType<Domain.Maps.Events.StageAdded>().Single().StageId;
            var lane = Add(m, new AddLane("Notes", LaneKind.Thoughts)).OfType<Domain.Maps.Events.LaneAdded>().Single().LaneId;
            var quiet = Add(m, new AddLane("Quiet", LaneKind.Actions)).OfType<Domain.Maps.Events.LaneAdded>().Single().LaneId;
            for (var i = 0; i < 6; i++) Add(m, new AddCard(stage, lane, $"Card {i}: " + new string('w', 60 + i)));
            Add(m, new AddCard(stage, quiet, "Short"));
        });
        var layout = Lay(map, workspace);

        var crowded = layout.Grid.Lanes.Single(l => l.Lane.Name == "Notes");
        var quietRow = layout.Grid.Lanes.Single(l => l.Lane.Name == "Quiet");
        Assert.True(crowded.Row.Height > 6 * 60, "six stacked cards need a tall row");
        Assert.Equal(ExportMetrics.MinRowHeight, quietRow.Row.Height);
        Assert.All(layout.Cards, c => Assert.True(c.Text.Lines.Count >= 2 || c.Card.Text == "Short"));
        foreach (var (a, b) in Pairs(layout.Cards)) Assert.False(a.Bounds.Overlaps(b.Bounds));
        Assert.All(layout.Cards, c => Assert.True(c.Cell.Contains(c.Bounds)));
    }

    [Fact]
    public void An_empty_map_still_has_a_header_a_grid_corner_and_a_legend()
    {
        var (map, workspace) = Build(_ => { });
        var layout = Lay(map, workspace);

        Assert.Empty(layout.Grid.Stages);
        Assert.Empty(layout.Cards);
        Assert.Equal(ExportMetrics.MinWidth, layout.Width);
        Assert.True(layout.Height > layout.Legend.Band.Bottom);
    }

    [Theory]
    [InlineData("**Bold** and *italic* and __strong__", "Bold and italic and strong")]
    [InlineData("See [the FAQ](https://example.com/faq) or <https://example.com>", "See the FAQ or https://example.com")]
    [InlineData("- first\n* second\n+ third", "• first\n• second\n• third")]
    [InlineData("## Heading\n> quoted `code` ~~gone~~", "Heading\nquoted code gone")]
    [InlineData("snake_case_name stays, 2*3*4 too", "snake_case_name stays, 2*3*4 too")]
    [InlineData("<script>alert(1)</script> stays literal", "<script>alert(1)</script> stays literal")]
    public void Light_markdown_becomes_the_words_a_reader_sees(string markdown, string plain) =>
        Assert.Equal(plain, PlainText.FromMarkdown(markdown));

    private static MapLayout Lay(JourneyMap map, Workspace workspace) => ExportLayout.Compute(map, workspace, ApproximateTextWidth.Measure);

    private static bool InEmotionLane(JourneyMap map, Card card) => map.FindLane(card.LaneId)!.Kind == LaneKind.Emotions;

    private static bool OnSide(Point p, Box box) =>
        (Math.Abs(p.X - box.X) < 0.01 || Math.Abs(p.X - box.Right) < 0.01) && p.Y > box.Y && p.Y < box.Bottom;

    private static Box Shrunk(Box b) => new(b.X + 0.5f, b.Y + 0.5f, b.Width - 1, b.Height - 1);

    private static Box Widened(Box b) => new(b.X - 0.25f, b.Y - 0.25f, b.Width + 0.5f, b.Height + 0.5f);

    private static IEnumerable<(T, T)> Pairs<T>(IReadOnlyList<T> items) =>
        items.SelectMany((a, i) => items.Skip(i + 1).Select(b => (a, b)));

    // ---- maps without a database: the demo seed files through the domain's own commands ----

    private static string SeedFolder(string sub = "") => Path.Combine(JourneyStudio.Testing.JourneyStudioApp.SeedData, sub);

    private static T Read<T>(string path) => JsonSerializer.Deserialize<T>(File.ReadAllText(path), JsonDefaults.Options)!;

    private static (JourneyMap, Workspace) DemoMap(string key)
    {
        var seedWorkspace = Read<SeedWorkspace>(Path.Combine(SeedFolder(), "workspace.json"));
        var workspace = SeedBlueprints.ToWorkspace(seedWorkspace);
        var seed = Read<SeedMap>(Path.Combine(SeedFolder("maps"), key + ".json"));
        var blueprint = SeedBlueprints.ToBlueprint(seed, seedWorkspace.Key, seedWorkspace);
        var ctx = Context(workspace);
        var map = JourneyMap.Start(new CreateMap(seed.Title, seed.State, blueprint.PersonaId, seed.Scenario).Decide(Guid.NewGuid(), null, ctx));
        var ids = new Dictionary<string, Guid>();
        var (_, built) = MapDecider.DecideAll(map, BlueprintPlanner.Plan(blueprint, k => ids.TryGetValue(k, out var id) ? id : ids[k] = Guid.NewGuid()), ctx);
        return (built, workspace);
    }

    private static (JourneyMap, Workspace) Build(Action<MapHolder> steps)
    {
        var workspace = new Workspace { Id = Guid.NewGuid(), Name = "Test" };
        var holder = new MapHolder(JourneyMap.Start(new CreateMap("Hand-made").Decide(Guid.NewGuid(), null, Context(workspace))), workspace);
        steps(holder);
        return (holder.Map, workspace);
    }

    private static IReadOnlyList<Domain.Maps.Events.IMapEvent> Add(MapHolder holder, MapCommand command)
    {
        var (events, after) = MapDecider.DecideAll(holder.Map, [command], Context(holder.Workspace));
        holder.Map = after;
        return events;
    }

    // As the demo-data loader does: the system may set what people may not (a Verified pain point).
    private static DecisionContext Context(Workspace workspace) =>
        new(Actor.System, new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), workspace.Catalog, Guid.NewGuid);

    private sealed class MapHolder(JourneyMap map, Workspace workspace)
    {
        public JourneyMap Map { get; set; } = map;
        public Workspace Workspace { get; } = workspace;
    }
}
