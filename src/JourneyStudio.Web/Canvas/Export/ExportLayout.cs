using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>Where everything of an exported map goes: pure geometry, shared by the SVG and the PNG renderer.</summary>
public sealed record MapLayout(
    float Width, float Height, HeaderLayout Header, GridLayout Grid, IReadOnlyList<CardBox> Cards,
    IReadOnlyList<EmotionCurveLayout> EmotionCurves, IReadOnlyList<HandoffRoute> Handoffs, LegendLayout Legend);

public sealed record GridLayout(Box Frame, Box Corner, TextLines Summary, IReadOnlyList<StageColumn> Stages, IReadOnlyList<LaneRow> Lanes);

/// <summary>A stage's header cell and its body column (below the header, down to the grid's bottom).</summary>
public sealed record StageColumn(Stage Stage, int Number, Box Head, Box Column, Box NumberDisc, TextLines Name, TextLines CardCount);

/// <summary>A lane's title cell and its row (across all stages).</summary>
public sealed record LaneRow(Lane Lane, Box Head, Box Row, TextLines Name, TextLines KindLabel);

/// <summary>A pill with a label in it (channel, status, moment of truth, state).</summary>
public sealed record Chip(Box Box, TextLines Label);

public sealed record HandoffRoute(Handoff Handoff, int Number, IReadOnlyList<Point> Path, Point Badge);

/// <summary>Sizes in CSS pixels, taken from the canvas (tokens.css, MapGrid and CardView) so the export reads like the screen.</summary>
public static class ExportMetrics
{
    public const float Margin = 32, SectionGap = 24, MinWidth = 960;
    public const float LaneWidth = 208, StageWidth = 272, StageHeadHeight = 52;
    // Wider than the canvas's 8px so that handoff arrows run in the gutters between cards rather than over them.
    public const float CellPad = 16, CardGap = 10, MinRowHeight = 76, EmotionHeight = 220, EmotionPad = 28;
    public const float TextSize = 13, TextLine = 17.5f, SmallSize = 11.5f, SmallLine = 15, ChipHeight = 18;
}

public static class ExportLayout
{
    public static MapLayout Compute(JourneyMap map, Workspace workspace, Func<string, float, float> measure)
    {
        var fit = new TextFitter(measure);
        var stages = map.OrderedStages.ToList();
        var lanes = map.OrderedLanes.ToList();
        var gridWidth = ExportMetrics.LaneWidth + stages.Count * ExportMetrics.StageWidth;
        var width = Math.Max(ExportMetrics.MinWidth, gridWidth + 2 * ExportMetrics.Margin);
        var contentWidth = width - 2 * ExportMetrics.Margin;

        var header = HeaderLayout.For(map, workspace, fit, ExportMetrics.Margin, ExportMetrics.Margin, contentWidth);
        var grid = new GridBuilder(map, workspace, fit, stages, lanes, ExportMetrics.Margin, header.Band.Bottom + ExportMetrics.SectionGap);
        grid.Build();

        var handoffs = new HandoffRouter(grid.ColumnEdges, grid.RowEdges).Route(map.Handoffs, grid.Anchors);
        var legend = LegendLayout.For(map, workspace, handoffs, fit, ExportMetrics.Margin, grid.Frame.Bottom + ExportMetrics.SectionGap, contentWidth);
        return new MapLayout(width, legend.Band.Bottom + ExportMetrics.Margin, header, grid.Result, grid.Cards, grid.EmotionCurves, handoffs, legend);
    }
}
