using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;
using static JourneyStudio.Web.Canvas.Export.ExportMetrics;

namespace JourneyStudio.Web.Canvas.Export;

public enum LegendMark { None, Department, Severity, Handoff, Separator }

/// <summary>One entry of the legend's flowing first part: a mark (department dot, severity scale …) and its words.</summary>
public sealed record LegendItem(LegendMark Mark, Box MarkBox, TextLines? Label, string? Colour = null, bool Heading = false);

/// <summary>The words of one numbered handoff badge: its label, and which departments it passes between when both are known.</summary>
public sealed record HandoffKey(HandoffRoute Route, Box Badge, TextLines Label, TextLines? Between);

/// <summary>The band below the grid: department colours, what the marks mean, and the numbered handoffs.</summary>
public sealed record LegendLayout(Box Band, IReadOnlyList<LegendItem> Items, TextLines? HandoffsHeading, IReadOnlyList<HandoffKey> HandoffKeys, TextLines Footer)
{
    private const float RowHeight = 18, ItemGap = 16, KeyColumnWidth = 380, KeyGap = 28, HeadingSize = 10.5f;

    public static LegendLayout For(JourneyMap map, Workspace workspace, IReadOnlyList<HandoffRoute> handoffs, TextFitter fit, float x, float y, float width)
    {
        var items = new List<LegendItem>();
        float cx = x, cy = y;
        void Place(LegendMark mark, float markWidth, float markHeight, string? label, string? colour = null, bool heading = false)
        {
            var size = heading ? HeadingSize : SmallSize;
            var labelWidth = label is null ? 0 : fit.Width(label, size, bold: heading);
            var total = markWidth + (markWidth > 0 && label is not null ? 6 : 0) + labelWidth;
            if (cx > x && cx + total > x + width) { cx = x; cy += RowHeight + 6; }
            var markBox = new Box(cx, cy + (RowHeight - markHeight) / 2, markWidth, markHeight);
            var text = label is null ? null : new TextLines([label], cx + total - labelWidth, cy, size, RowHeight, heading);
            items.Add(new LegendItem(mark, markBox, text, colour, heading));
            cx += total + (heading ? 10 : ItemGap);
        }

        Place(LegendMark.None, 0, 0, "OWNERS", heading: true);
        foreach (var d in workspace.Departments) Place(LegendMark.Department, 9, 9, d.Name, d.Colour);
        Place(LegendMark.Separator, 1, 14, null);
        Place(LegendMark.None, 0, 0, "★ Moment of truth");
        Place(LegendMark.Severity, 30, 8, "Pain severity 1–5");
        Place(LegendMark.Handoff, 28, 10, "Handoff");
        cy += RowHeight;

        TextLines? heading = null;
        var keys = new List<HandoffKey>();
        if (handoffs.Count > 0)
        {
            cy += 14;
            heading = new TextLines(["HANDOFFS"], x, cy, HeadingSize, RowHeight, true);
            cy += RowHeight + 4;
            var columns = Math.Max(1, (int)((width + KeyGap) / (KeyColumnWidth + KeyGap)));
            var columnWidth = (width - (columns - 1) * KeyGap) / columns;
            foreach (var row in handoffs.Chunk(columns))
            {
                var rowKeys = row.Select((route, i) => Key(route, map, workspace, fit, x + i * (columnWidth + KeyGap), cy, columnWidth)).ToList();
                keys.AddRange(rowKeys);
                cy = rowKeys.Max(k => Math.Max(k.Badge.Bottom, (k.Between ?? k.Label).Top + (k.Between ?? k.Label).Height)) + 10;
            }
        }

        cy += 14;
        const string credit = "Exported from JourneyStudio";
        var footer = new TextLines([credit], x + width - fit.Width(credit, HeadingSize), cy, HeadingSize, 14, false);
        return new LegendLayout(new Box(x, y, width, footer.Top + footer.Height - y), items, heading, keys, footer);
    }

    private static HandoffKey Key(HandoffRoute route, JourneyMap map, Workspace workspace, TextFitter fit, float x, float y, float width)
    {
        var r = HandoffBadges.BadgeRadius;
        var badge = new Box(x, y, 2 * r, 2 * r);
        var x0 = badge.Right + 8;
        var room = width - badge.Width - 8;
        var text = string.IsNullOrWhiteSpace(route.Handoff.Label) ? "Hands off" : PlainText.FromMarkdown(route.Handoff.Label);
        var label = new TextLines(fit.Wrap(text, SmallSize, room, maxLines: 2), x0, y + 1.5f, SmallSize, SmallLine, false);
        var between = Between(route.Handoff, map, workspace) is { } words
            ? new TextLines([fit.Truncate(words, SmallSize - 1, room)], x0, label.Top + label.Height, SmallSize - 1, SmallLine - 1, false)
            : null;
        return new HandoffKey(route, badge, label, between);
    }

    private static string? Between(Handoff handoff, JourneyMap map, Workspace workspace)
    {
        string? Owner(Guid cardId) => workspace.Departments.FirstOrDefault(d => d.Id == map.FindCard(cardId)?.OwnerDepartmentId)?.Name;
        return (Owner(handoff.FromCardId), Owner(handoff.ToCardId)) switch
        {
            ({ } from, { } to) when from == to => $"Within {from}",
            ({ } from, { } to) => $"{from} → {to}",
            _ => null,
        };
    }
}
