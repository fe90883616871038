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
        var dots = new List<(Card Card, int Stage, int Score, Point At, bool Below)>();
        for (var i = 0; i < stages.Count; i++)
        {
            var cards = map.CardsIn(stages[i].Id, lane.Id).ToList();
            for (var k = 0; k < cards.Count; k++)
            {
                var score = Math.Clamp(cards[k].EmotionScore ?? 0, -3, 3);
                var at = new Point(area.X + i * StageWidth + StageWidth * (k + 1f) / (cards.Count + 1), Y(score));
                // As on the canvas: the label sits on the open side of the curve, and a second point in a stage takes the other side.
                dots.Add((cards[k], i, score, at, (score >= 0) != (k % 2 == 1)));
            }
        }

        var dotBoxes = dots.Select(d => new Box(d.At.X - DotRadius - 2, d.At.Y - DotRadius - 2, 2 * DotRadius + 4, 2 * DotRadius + 4)).ToList();
        var labels = new List<Box>();
        var points = dots.Select(d =>
        {
            var point = Point(d.Card, d.Stage, d.Score, d.At, d.Below, area, fit,
                box => !dotBoxes.Any(b => b.Overlaps(box)) && !labels.Any(l => l.Overlaps(box)));
            labels.Add(point.Label);
            return point;
        }).ToList();
        var levels = Enumerable.Range(-3, 7).Select(s => (s, Y(s))).ToList();
        return new EmotionCurveLayout(lane, area, levels, points);
    }

    /// <summary>The point and its label, put on its preferred side if that spot is <paramref name="free"/>, else the first free one nearby.</summary>
    private static EmotionPoint Point(Card card, int stageIndex, int score, Point at, bool below, Box area, TextFitter fit, Func<Box, bool> free)
    {
        var scoreLabel = score.ToString("+0;−0;0");
        var indent = fit.Width(scoreLabel, SmallSize, bold: true) + 4;
        var lines = fit.Wrap(PlainText.FromMarkdown(card.Text), SmallSize, LabelMaxWidth - 2 * LabelPad, maxLines: 2, firstLineIndent: indent);
        var textWidth = lines.Select((l, i) => fit.Width(l, SmallSize) + (i == 0 ? indent : 0)).DefaultIfEmpty(indent).Max();
        var (width, height) = (Math.Min(LabelMaxWidth, textWidth + 2 * LabelPad), Math.Max(1, lines.Count) * SmallLine + LabelPad);

        Box At(bool under, float x) => new(
            Math.Clamp(x, area.X + 4, area.Right - 4 - width),
            Math.Clamp(under ? at.Y + DotRadius + 5 : at.Y - DotRadius - 5 - height, area.Y + 4, area.Bottom - 4 - height),
            width, height);
        var candidates = new[] { below, !below }
            .SelectMany(under => new[] { at.X - width / 2, at.X - DotRadius, at.X + DotRadius - width }.Select(x => At(under, x)))
            .ToList();
        var label = candidates.FirstOrDefault(free, candidates[0]);

        var top = label.Y + LabelPad / 2;
        return new EmotionPoint(card, stageIndex, score, at, label,
            new TextLines([scoreLabel], label.X + LabelPad, top, SmallSize, SmallLine, true),
            new TextLines(lines, label.X + LabelPad, top, SmallSize, SmallLine, false, indent));
    }
}
