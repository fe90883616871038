using System.Globalization;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>SVG path data for the export's few non-rectangular shapes; Skia parses the same strings.</summary>
public static class PathData
{
    public static string F(float v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Line(Point a, Point b) => $"M {F(a.X)} {F(a.Y)} L {F(b.X)} {F(b.Y)}";

    /// <summary>An orthogonal route with its corners rounded, as connector lines are drawn in diagramming tools.</summary>
    public static string RoundedPolyline(IReadOnlyList<Point> points, float radius)
    {
        var data = $"M {F(points[0].X)} {F(points[0].Y)}";
        for (var i = 1; i < points.Count - 1; i++)
        {
            var (prev, corner, next) = (points[i - 1], points[i], points[i + 1]);
            var r = Math.Min(radius, Math.Min(Distance(prev, corner), Distance(corner, next)) / 2);
            var a = Toward(corner, prev, r);
            var b = Toward(corner, next, r);
            data += $" L {F(a.X)} {F(a.Y)} Q {F(corner.X)} {F(corner.Y)} {F(b.X)} {F(b.Y)}";
        }
        return data + $" L {F(points[^1].X)} {F(points[^1].Y)}";
    }

    /// <summary>A filled triangle whose tip is at <paramref name="tip"/>, pointing away from <paramref name="from"/>.</summary>
    public static string Arrowhead(Point tip, Point from, float length, float halfWidth)
    {
        var d = Distance(tip, from);
        var (ux, uy) = d == 0 ? (1f, 0f) : ((tip.X - from.X) / d, (tip.Y - from.Y) / d);
        var baseX = tip.X - ux * length;
        var baseY = tip.Y - uy * length;
        return $"M {F(tip.X)} {F(tip.Y)} L {F(baseX - uy * halfWidth)} {F(baseY + ux * halfWidth)} L {F(baseX + uy * halfWidth)} {F(baseY - ux * halfWidth)} Z";
    }

    /// <summary>The coloured left edge of a rounded card, following the card's corners (CSS border-left on a rounded box).</summary>
    public static string LeftEdge(Box box, float width, float radius) =>
        $"M {F(box.X + width)} {F(box.Y)} V {F(box.Bottom)} A {F(width)} {F(radius)} 0 0 1 {F(box.X)} {F(box.Bottom - radius)} " +
        $"V {F(box.Y + radius)} A {F(width)} {F(radius)} 0 0 1 {F(box.X + width)} {F(box.Y)} Z";

    /// <summary>The point <paramref name="distance"/> along the way from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Point Toward(Point from, Point to, float distance)
    {
        var d = Distance(from, to);
        return d == 0 ? from : new Point(from.X + (to.X - from.X) * distance / d, from.Y + (to.Y - from.Y) * distance / d);
    }

    public static float Distance(Point a, Point b) => MathF.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
