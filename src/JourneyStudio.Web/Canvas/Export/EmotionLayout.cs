using JourneyStudio.Domain.Maps;
using static JourneyStudio.Web.Canvas.Export.ExportMetrics;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>An emotion lane: score levels −3..+3 as horizontal guides, and one point per emotion card, in stage order.</summary>
public sealed record EmotionCurveLayout(Lane Lane, Box Area, IReadOnlyList<(int Score, float Y)> Levels, IReadOnlyList<EmotionPoint> Points);

/// <summary>A point on the curve and its label: the signed score in bold, then the card's words (two lines at most).</summary>
public sealed record EmotionPoint(Card Card, int StageIndex, int Score, Point At, Box Label, TextLines ScoreText, TextLines Text);

public static class EmotionLayout
{
    public const float DotRadius = 7, LabelMaxWidth = 200, LabelPad = 6;

    public static EmotionCurveLayout Lay(JourneyMap map, Lane lane, IReadOnlyList<Stage> stages, TextFitter fit, Box area)
    {
        float Y(int score) => area.CenterY - score / 3f * (area.Height / 2 - EmotionPad);
        var points = new List<EmotionPoint>();
        for (var i = 0; i < stages.Count; i++)
        {
            var cards = map.CardsIn(stages[i].Id, lane.Id).ToList();
            var column = new Box(area.X + i * StageWidth, area.Y, StageWidth, area.Height);
            for (var k = 0; k < cards.Count; k++)
            {
                var score = Math.Clamp(cards[k].EmotionScore ?? 0, -3, 3);
                var at = new Point(column.X + StageWidth * (k + 1f) / (cards.Count + 1), Y(score));
                // As on the canvas: the label sits on the open side of the curve, and a second point in a stage takes the other side.
                var below = (score >= 0) != (k % 2 == 1);
                points.Add(Point(cards[k], i, score, at, below, column, fit));
            }
        }
        var levels = Enumerable.Range(-3, 7).Select(s => (s, Y(s))).ToList();
        return new EmotionCurveLayout(lane, area, levels, points);
    }

    private static EmotionPoint Point(Card card, int stageIndex, int score, Point at, bool below, Box column, TextFitter fit)
    {
        var scoreLabel = score.ToString("+0;−0;0");
        var indent = fit.Width(scoreLabel, SmallSize, bold: true) + 4;
        var lines = fit.Wrap(PlainText.FromMarkdown(card.Text), SmallSize, LabelMaxWidth - 2 * LabelPad, maxLines: 2, firstLineIndent: indent);
        var textWidth = lines.Select((l, i) => fit.Width(l, SmallSize) + (i == 0 ? indent : 0)).DefaultIfEmpty(indent).Max();
        var width = Math.Min(LabelMaxWidth, textWidth + 2 * LabelPad);
        var height = Math.Max(1, lines.Count) * SmallLine + LabelPad;
        var x = Math.Clamp(at.X - width / 2, column.X + 4, column.Right - 4 - width);
        var y = below ? at.Y + DotRadius + 5 : at.Y - DotRadius - 5 - height;
        y = Math.Clamp(y, column.Y + 4, column.Bottom - 4 - height);
        var label = new Box(x, y, width, height);
        var top = y + LabelPad / 2;
        return new EmotionPoint(card, stageIndex, score, at, label,
            new TextLines([scoreLabel], x + LabelPad, top, SmallSize, SmallLine, true),
            new TextLines(lines, x + LabelPad, top, SmallSize, SmallLine, false, indent));
    }
}
