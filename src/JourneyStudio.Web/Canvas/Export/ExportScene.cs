using JourneyStudio.Web.Maps.Components;
using static JourneyStudio.Web.Canvas.Export.CardPainter;
using static JourneyStudio.Web.Canvas.Export.ExportTheme;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>Turns a map's layout into the shapes that draw it, in the canvas's colours, back to front.</summary>
public static class ExportScene
{
    private const float FrameRadius = 14, ArrowLength = HandoffBadges.ArrowLength;

    public static Scene Build(MapLayout layout, string title)
    {
        var shapes = new List<Shape> { new RectShape(new Box(0, 0, layout.Width, layout.Height), 0, Background) };
        shapes.Add(Header(layout.Header));
        shapes.Add(Grid(layout));
        shapes.Add(new GroupShape("cards", null, layout.Cards.Select(CardPainter.Paint).ToList()));
        shapes.AddRange(layout.EmotionCurves.Select(EmotionCurve));
        shapes.Add(new GroupShape("handoffs", null, layout.Handoffs.Select(Handoff).ToList()));
        shapes.Add(Legend(layout.Legend));
        return new Scene(layout.Width, layout.Height, title, shapes);
    }

    private static GroupShape Header(HeaderLayout header)
    {
        var shapes = new List<Shape>();
        shapes.AddRange(Lines(header.Title, Ink));
        var (stateFill, stateInk) = State(header.MapState);
        shapes.AddRange(Pill(header.State, stateFill, stateInk));
        shapes.AddRange(Lines(header.Meta, InkFaint));
        if (header.Scenario is { } scenario) shapes.AddRange(Lines(scenario, InkMuted));
        if (header.Persona is { } persona)
        {
            shapes.Add(new RectShape(persona.Box, 10, Surface, Line, Shadow: true));
            shapes.Add(new CircleShape(new Point(persona.Avatar.CenterX, persona.Avatar.CenterY), persona.Avatar.Width / 2, Accent));
            shapes.Add(Centred(persona.Initials, persona.Avatar, 14, OnAccent));
            shapes.AddRange(Lines(persona.Name, Ink));
            shapes.AddRange(Lines(persona.Segment, InkFaint));
        }
        return new GroupShape("header", null, shapes);
    }

    private static GroupShape Grid(MapLayout layout)
    {
        var grid = layout.Grid;
        var frame = grid.Frame;
        var shapes = new List<Shape>();
        foreach (var curve in layout.EmotionCurves)
            shapes.Add(new RectShape(curve.Area, 0, null, Gradient: new Gradient(true, [(0, EmotionTop), (0.5f, Surface), (1, EmotionBottom)])));
        foreach (var lane in grid.Lanes)
        {
            shapes.Add(new RectShape(new Box(lane.Head.X, lane.Head.Y, 4, lane.Head.Height), 0, LaneAccent(lane.Lane.Kind)));
            shapes.AddRange(Lines(lane.Name, Ink));
            shapes.AddRange(Lines(lane.KindLabel, InkFaint));
            if (lane.Row.Y > grid.Corner.Bottom) shapes.Add(Rule(new Point(frame.X, lane.Row.Y), new Point(frame.Right, lane.Row.Y), Line));
        }
        foreach (var stage in grid.Stages)
        {
            shapes.Add(Rule(new Point(stage.Head.Right, frame.Y), new Point(stage.Head.Right, frame.Bottom), Line));
            shapes.Add(new CircleShape(new Point(stage.NumberDisc.CenterX, stage.NumberDisc.CenterY), stage.NumberDisc.Width / 2, AccentSoft));
            shapes.Add(Centred(stage.Number.ToString(), stage.NumberDisc, ExportMetrics.SmallSize, Accent));
            shapes.AddRange(Lines(stage.Name, Ink));
            shapes.AddRange(Lines(stage.CardCount, InkFaint));
        }
        shapes.Add(Rule(new Point(frame.X, grid.Corner.Bottom), new Point(frame.Right, grid.Corner.Bottom), LineStrong));
        shapes.Add(Rule(new Point(grid.Corner.Right, frame.Y), new Point(grid.Corner.Right, frame.Bottom), LineStrong));
        shapes.AddRange(Lines(grid.Summary, InkFaint));
        return new GroupShape("grid", null,
        [
            new RectShape(frame, FrameRadius, Surface, Shadow: true),
            new GroupShape("grid-lines", null, shapes, frame, FrameRadius),
            new RectShape(frame, FrameRadius, null, Line),
        ]);
    }

    private static GroupShape EmotionCurve(EmotionCurveLayout curve)
    {
        var shapes = new List<Shape>();
        var area = curve.Area;
        foreach (var (score, y) in curve.Levels)
        {
            var line = PathData.Line(new Point(area.X, y), new Point(area.Right, y));
            shapes.Add(score == 0 ? new PathShape(line, null, LineStrong, 1.5f, [5, 4]) : new PathShape(line, null, Line));
            if (score is 3 or 0 or -3) shapes.Add(new TextShape(score.ToString("+0;−0;0"), area.X + 6, y - 4, ExportMetrics.SmallSize - 1, false, InkFaint));
        }
        var through = CurvePath.Through(curve.Points.Select(p => ((double)p.At.X, (double)p.At.Y)).ToList());
        if (through.Length > 0) shapes.Add(new PathShape(through, null, Ink, 2.5f, Opacity: 0.8f));
        foreach (var point in curve.Points) shapes.Add(new CircleShape(point.At, EmotionLayout.DotRadius, Emotion(point.Score), Surface, 2.5f));
        foreach (var point in curve.Points)
        {
            var label = new List<Shape> { new RectShape(point.Label, 6, Surface, Line, Shadow: true, Opacity: 0.94f) };
            label.AddRange(Lines(point.ScoreText, Emotion(point.Score)));
            label.AddRange(Lines(point.Text, Ink));
            shapes.Add(new GroupShape("emotion-point", point.Card.Id.ToString(), label));
        }
        return new GroupShape("emotion-curve", curve.Lane.Id.ToString(), shapes);
    }

    private static GroupShape Handoff(HandoffRoute route)
    {
        var path = route.Path;
        // The line stops where the arrowhead begins so its round cap does not poke through the tip.
        var shaft = path.Take(path.Count - 1).Append(PathData.Toward(path[^1], path[^2], ArrowLength - 1)).ToList();
        return new GroupShape("handoff", route.Handoff.Id.ToString(),
        [
            new CircleShape(path[0], 2.5f, Accent),
            new PathShape(PathData.RoundedPolyline(shaft, 8), null, Accent, 1.75f),
            new PathShape(PathData.Arrowhead(path[^1], path[^2], ArrowLength, 4), Accent),
            .. Badge(route.Badge, route.Number),
        ]);
    }

    private static IEnumerable<Shape> Badge(Point centre, int number)
    {
        var r = HandoffBadges.BadgeRadius;
        yield return new CircleShape(centre, r, Accent, Surface, 2);
        yield return Centred(number.ToString(), new Box(centre.X - r, centre.Y - r, 2 * r, 2 * r), 10.5f, OnAccent);
    }

    private static GroupShape Legend(LegendLayout legend)
    {
        var shapes = new List<Shape>();
        foreach (var item in legend.Items)
        {
            var mark = item.MarkBox;
            shapes.AddRange(item.Mark switch
            {
                LegendMark.Department => [new CircleShape(new Point(mark.CenterX, mark.CenterY), mark.Width / 2, item.Colour!)],
                LegendMark.Separator => [new RectShape(mark, 0, LineStrong)],
                LegendMark.Severity => [new RectShape(mark, 2, null, Gradient: new Gradient(false, Severities.Select((c, i) => (i / 4f, c)).ToList()))],
                LegendMark.Handoff =>
                [
                    new PathShape(PathData.Line(new Point(mark.X, mark.CenterY), new Point(mark.Right - ArrowLength, mark.CenterY)), null, Accent, 1.75f),
                    new PathShape(PathData.Arrowhead(new Point(mark.Right, mark.CenterY), new Point(mark.X, mark.CenterY), ArrowLength, 4), Accent),
                ],
                _ => Array.Empty<Shape>(),
            });
            if (item.Label is { } label) shapes.AddRange(Lines(label, item.Heading ? InkFaint : InkMuted));
        }
        if (legend.HandoffsHeading is { } heading) shapes.AddRange(Lines(heading, InkFaint));
        foreach (var key in legend.HandoffKeys)
        {
            shapes.AddRange(Badge(new Point(key.Badge.CenterX, key.Badge.CenterY), key.Route.Number));
            shapes.AddRange(Lines(key.Label, Ink));
            if (key.Between is { } between) shapes.AddRange(Lines(between, InkFaint));
        }
        shapes.AddRange(Logo(new Box(legend.Footer.X - 20, legend.Footer.Top, 14, 14)));
        shapes.AddRange(Lines(legend.Footer, InkFaint));
        return new GroupShape("legend", null, shapes);
    }

    /// <summary>The JourneyStudio mark (wwwroot-shared/img/logo.svg), drawn from shapes at any size.</summary>
    private static IEnumerable<Shape> Logo(Box box)
    {
        var s = box.Width / 32;
        Point P(float x, float y) => new(box.X + x * s, box.Y + y * s);
        string At(float x, float y) => $"{PathData.F(P(x, y).X)} {PathData.F(P(x, y).Y)}";
        yield return new RectShape(box, 8 * s, Accent);
        yield return new PathShape($"M {At(6, 20)} C {At(10, 20)} {At(11, 12)} {At(16, 12)} S {At(22, 18)} {At(26, 18)}", null, OnAccent, 2.6f * s);
        yield return new CircleShape(P(6, 20), 2.4f * s, OnAccent);
        yield return new CircleShape(P(26, 18), 2.4f * s, AccentPale);
    }

    private static PathShape Rule(Point a, Point b, string colour) => new(PathData.Line(a, b), null, colour);

    private static TextShape Centred(string text, Box box, float size, string colour) =>
        new(text, box.CenterX, box.CenterY + size * 0.35f, size, true, colour, Centred: true);
}
