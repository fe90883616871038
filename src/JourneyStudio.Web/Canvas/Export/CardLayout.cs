using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;
using static JourneyStudio.Web.Canvas.Export.ExportMetrics;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>One card box and its parts, top to bottom as CardView shows them.</summary>
public sealed record CardBox(
    Card Card, Box Bounds, Box Cell, CardColour Colour, Chip? MomentOfTruth, TextLines Text,
    Chip? Channel, TextLines? Kpis, Box? Severity, Chip? Status, OwnerMark? Owner, TextLines? Tags)
{
    /// <summary>Touchpoints and pain points are white cards with a coloured left edge; notes are filled stickies.</summary>
    public bool HasEdge => CardLayout.IsEdged(Card);
}

public sealed record OwnerMark(Department Department, Point Dot, TextLines Name);

public static class CardLayout
{
    public const float PadX = 12, PadY = 10, EdgeWidth = 4, RowGap = 6, MinHeight = 40;
    public const float SeveritySquare = 8, SeverityGap = 2;

    public static CardBox Lay(Card card, Workspace workspace, TextFitter fit, float x, float y, float width)
    {
        var left = x + PadX + (IsEdged(card) ? EdgeWidth : 0);
        var inner = x + width - PadX - left;
        var cursor = y + PadY;

        Chip? moment = null;
        if (card.Touchpoint?.MomentOfTruth is not null)
        {
            moment = ChipAt(fit, "★ Moment of truth", left, cursor);
            cursor = moment.Box.Bottom + RowGap;
        }

        var text = new TextLines(fit.Wrap(PlainText.FromMarkdown(card.Text), TextSize, inner), left, cursor, TextSize, TextLine, false);
        cursor += text.Height + RowGap;

        Chip? channel = null;
        TextLines? kpis = null;
        if (card.Touchpoint is { } touchpoint && (touchpoint.Channel is { Length: > 0 } || CardFacts.Kpis(touchpoint.Kpis).Length > 0))
        {
            var kpiText = CardFacts.Kpis(touchpoint.Kpis);
            var kpiX = left;
            if (touchpoint.Channel is { Length: > 0 } name)
            {
                channel = ChipAt(fit, fit.Truncate(name, SmallSize, inner - 16, bold: true), left, cursor);
                kpiX = channel.Box.Right + 6;
                if (kpiText.Length > 0 && kpiX + fit.Width(kpiText, SmallSize) > left + inner)
                {
                    cursor += ChipHeight + 4;
                    kpiX = left;
                }
            }
            if (kpiText.Length > 0) kpis = new TextLines([fit.Truncate(kpiText, SmallSize, left + inner - kpiX)], kpiX, cursor, SmallSize, ChipHeight, false);
            cursor += ChipHeight + RowGap;
        }

        Box? severity = null;
        Chip? status = null;
        if (card.PainPoint is { } pain)
        {
            severity = new Box(left, cursor + (ChipHeight - SeveritySquare) / 2, 5 * SeveritySquare + 4 * SeverityGap, SeveritySquare);
            status = ChipAt(fit, CardFacts.StatusOf(pain.Status), severity.Value.Right + 8, cursor);
            cursor += ChipHeight + RowGap;
        }

        OwnerMark? owner = null;
        if (workspace.Departments.FirstOrDefault(d => d.Id == card.OwnerDepartmentId) is { } department)
        {
            var name = new TextLines([fit.Truncate(department.Name, SmallSize, inner - 14, bold: true)], left + 14, cursor, SmallSize, SmallLine, true);
            owner = new OwnerMark(department, new Point(left + 4, cursor + SmallLine / 2), name);
            cursor += SmallLine + RowGap;
        }

        TextLines? tags = null;
        if (card.Tags.Count > 0)
        {
            tags = new TextLines(fit.Wrap(string.Join("  ", card.Tags.Select(t => "#" + t)), SmallSize, inner), left, cursor, SmallSize, SmallLine, false);
            cursor += tags.Height + RowGap;
        }

        var height = Math.Max(MinHeight, cursor - RowGap + PadY - y);
        return new CardBox(card, new Box(x, y, width, height), default, CardFacts.ColourOf(card), moment, text, channel, kpis, severity, status, owner, tags);
    }

    public static Chip ChipAt(TextFitter fit, string label, float x, float y, float size = SmallSize) =>
        new(new Box(x, y, fit.Width(label, size, bold: true) + 16, ChipHeight), new TextLines([label], x + 8, y, size, ChipHeight, true));

    public static bool IsEdged(Card card) => card.Kind is CardKind.Touchpoint or CardKind.PainPoint;
}
