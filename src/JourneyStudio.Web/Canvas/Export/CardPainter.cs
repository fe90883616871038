using JourneyStudio.Domain.Maps;
using static JourneyStudio.Web.Canvas.Export.ExportTheme;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>How one card looks: a sticky note, or a white card with a coloured edge, and its chips, owner and tags.</summary>
public static class CardPainter
{
    private const float Radius = 6, ChipRadius = 9;

    public static GroupShape Paint(CardBox card)
    {
        var shapes = new List<Shape>();
        var (fill, edge) = Sticky(card.Colour);
        if (card.HasEdge)
        {
            shapes.Add(new RectShape(card.Bounds, Radius, Surface, Line, Shadow: true));
            var edgeColour = card.Card.PainPoint is { } pain ? Severity(pain.Severity) : edge;
            shapes.Add(new PathShape(PathData.LeftEdge(card.Bounds, CardLayout.EdgeWidth, Radius), edgeColour));
        }
        else shapes.Add(new RectShape(card.Bounds, Radius, fill, edge, Shadow: true));

        if (card.MomentOfTruth is { } moment) shapes.AddRange(Pill(moment, WarningSoft, ExportTheme.MomentOfTruth));
        shapes.AddRange(Lines(card.Text, Ink));
        if (card.Channel is { } channel) shapes.AddRange(Pill(channel, AccentSoft, AccentStrong));
        if (card.Kpis is { } kpis) shapes.AddRange(Lines(kpis, InkMuted));
        if (card.Severity is { } severity && card.Card.PainPoint is { } painPoint) shapes.AddRange(SeverityScale(severity, painPoint.Severity));
        if (card.Status is { } status && card.Card.PainPoint is { } p)
        {
            var (statusFill, statusInk) = Status(p.Status);
            shapes.AddRange(Pill(status, statusFill, statusInk));
        }
        if (card.Owner is { } owner)
        {
            shapes.Add(new CircleShape(owner.Dot, 4, owner.Department.Colour));
            shapes.AddRange(Lines(owner.Name, InkMuted));
        }
        if (card.Tags is { } tags) shapes.AddRange(Lines(tags, InkFaint));
        return new GroupShape("card " + card.Card.Kind.ToString().ToLowerInvariant(), card.Card.Id.ToString(), shapes);
    }

    public static IEnumerable<Shape> Pill(Chip chip, string fill, string ink)
    {
        yield return new RectShape(chip.Box, ChipRadius, fill);
        foreach (var text in Lines(chip.Label, ink)) yield return text;
    }

    public static IEnumerable<Shape> Lines(TextLines text, string colour) =>
        text.Lines.Select((line, i) => (Shape)new TextShape(line, text.LineX(i), text.Baseline(i), text.FontSize, text.Bold, colour));

    private static IEnumerable<Shape> SeverityScale(Box box, int level)
    {
        for (var i = 0; i < 5; i++)
        {
            var square = new Box(box.X + i * (CardLayout.SeveritySquare + CardLayout.SeverityGap), box.Y, CardLayout.SeveritySquare, CardLayout.SeveritySquare);
            yield return i < level ? new RectShape(square, 2, Severity(level)) : new RectShape(square, 2, SurfaceSunken, Line);
        }
    }
}
