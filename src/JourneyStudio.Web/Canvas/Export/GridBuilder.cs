using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using static JourneyStudio.Web.Canvas.Export.ExportMetrics;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>A card or emotion point a handoff can start or end at, with the grid cell it sits in.</summary>
public readonly record struct HandoffAnchor(Box Box, int Stage, int Lane);

/// <summary>
/// The stage × lane grid, laid out top to bottom: each row is as tall as its fullest cell, cards stack in their cell
/// with the cell padding around them, and the emotion lane has a fixed height for its curve.
/// </summary>
public sealed class GridBuilder(JourneyMap map, Workspace workspace, TextFitter fit, IReadOnlyList<Stage> stages, IReadOnlyList<Lane> lanes, float left, float top)
{
    private const float HeadPad = 16;

    public List<CardBox> Cards { get; } = [];
    public List<EmotionCurveLayout> EmotionCurves { get; } = [];
    public Dictionary<Guid, HandoffAnchor> Anchors { get; } = [];
    /// <summary>x of every stage column's left edge, and of the last one's right edge.</summary>
    public List<float> ColumnEdges { get; } = [];
    /// <summary>y of every lane row's top edge, and of the last one's bottom edge.</summary>
    public List<float> RowEdges { get; } = [];
    public Box Frame { get; private set; }
    public GridLayout Result { get; private set; } = null!;

    private float BodyLeft => left + LaneWidth;

    public void Build()
    {
        var bodyTop = top + StageHeadHeight;
        for (var i = 0; i <= stages.Count; i++) ColumnEdges.Add(BodyLeft + i * StageWidth);

        var rows = new List<LaneRow>();
        var y = bodyTop;
        for (var r = 0; r < lanes.Count; r++)
        {
            RowEdges.Add(y);
            var row = LayLane(lanes[r], r, y);
            rows.Add(row);
            y = row.Row.Bottom;
        }
        RowEdges.Add(y);

        Frame = new Box(left, top, LaneWidth + stages.Count * StageWidth, y - top);
        var corner = new Box(left, top, LaneWidth, StageHeadHeight);
        var summary = new TextLines([$"{Words.Count(map.Stages.Count, "stage")} · {Words.Count(map.Lanes.Count, "lane")} · {Words.Count(map.Cards.Count, "card")}"],
            left + HeadPad, corner.Bottom - 10 - SmallLine, SmallSize, SmallLine, false);
        var columns = stages.Select((s, i) => StageHead(s, i, y)).ToList();
        Result = new GridLayout(Frame, corner, summary, columns, rows);
    }

    private LaneRow LayLane(Lane lane, int index, float y)
    {
        var nameWidth = LaneWidth - 4 - 2 * HeadPad;
        var name = new TextLines(fit.Wrap(lane.Name, TextSize, nameWidth, bold: true, maxLines: 3), left + 4 + HeadPad, y + 12, TextSize, TextLine, true);
        // A lane named after its kind ("Touchpoints") would say the same word twice.
        string[] kindLine = LaneKinds.NamedAfterKind(lane.Name, lane.Kind) ? [] : [LaneKinds.Label(lane.Kind).ToUpperInvariant()];
        var kind = new TextLines(kindLine, name.X, name.Top + name.Height + 2, SmallSize - 1, SmallLine, false);
        var headHeight = kind.Top + kind.Height + 12 - y;

        float height;
        if (lane.Kind == LaneKind.Emotions)
        {
            height = Math.Max(EmotionHeight, headHeight);
            var curve = EmotionLayout.Lay(map, lane, stages, fit, new Box(BodyLeft, y, stages.Count * StageWidth, height));
            EmotionCurves.Add(curve);
            foreach (var point in curve.Points)
            {
                var dot = new Box(point.At.X - EmotionLayout.DotRadius, point.At.Y - EmotionLayout.DotRadius, 2 * EmotionLayout.DotRadius, 2 * EmotionLayout.DotRadius);
                Anchors[point.Card.Id] = new HandoffAnchor(dot, point.StageIndex, index);
            }
        }
        else
        {
            var laid = stages.Select((stage, s) => LayCell(stage, lane, s, index, y)).ToList();
            var fullest = laid.SelectMany(c => c).Select(c => c.Bounds.Bottom + CellPad - y).DefaultIfEmpty(0).Max();
            height = Math.Max(Math.Max(MinRowHeight, headHeight), fullest);
            for (var s = 0; s < laid.Count; s++)
            {
                var cell = new Box(ColumnEdges[s], y, StageWidth, height);
                foreach (var card in laid[s])
                {
                    Cards.Add(card with { Cell = cell });
                    Anchors[card.Card.Id] = new HandoffAnchor(card.Bounds, s, index);
                }
            }
        }
        return new LaneRow(lane, new Box(left, y, LaneWidth, height), new Box(BodyLeft, y, stages.Count * StageWidth, height), name, kind);
    }

    private List<CardBox> LayCell(Stage stage, Lane lane, int stageIndex, int laneIndex, float rowTop)
    {
        var cards = new List<CardBox>();
        var y = rowTop + CellPad;
        foreach (var card in map.CardsIn(stage.Id, lane.Id))
        {
            var box = CardLayout.Lay(card, workspace, fit, ColumnEdges[stageIndex] + CellPad, y, StageWidth - 2 * CellPad);
            cards.Add(box);
            y = box.Bounds.Bottom + CardGap;
        }
        return cards;
    }

    private StageColumn StageHead(Stage stage, int index, float bottom)
    {
        var head = new Box(ColumnEdges[index], top, StageWidth, StageHeadHeight);
        var disc = new Box(head.X + HeadPad, head.CenterY - 11, 22, 22);
        var count = map.Cards.Count(c => c.StageId == stage.Id).ToString();
        var countWidth = fit.Width(count, SmallSize);
        var countText = new TextLines([count], head.Right - HeadPad - countWidth, head.Y, SmallSize, head.Height, false);
        var nameX = disc.Right + 8;
        var name = new TextLines([fit.Truncate(stage.Name, 15, countText.X - 8 - nameX, bold: true)], nameX, head.Y, 15, head.Height, true);
        return new StageColumn(stage, index + 1, head, new Box(head.X, head.Bottom, StageWidth, bottom - head.Bottom), disc, name, countText);
    }
}
