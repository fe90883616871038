using System.Globalization;

namespace JourneyStudio.Web.Maps.Components;

/// <summary>A smooth SVG path through points (Catmull-Rom turned into cubic Béziers), so the curve passes through every score.</summary>
public static class CurvePath
{
    public static string Through(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count == 0) return "";
        var path = $"M {F(points[0].X)} {F(points[0].Y)}";
        for (var i = 0; i < points.Count - 1; i++)
        {
            var p0 = points[Math.Max(i - 1, 0)];
            var p1 = points[i];
            var p2 = points[i + 1];
            var p3 = points[Math.Min(i + 2, points.Count - 1)];
            var c1 = (X: p1.X + (p2.X - p0.X) / 6, Y: p1.Y + (p2.Y - p0.Y) / 6);
            var c2 = (X: p2.X - (p3.X - p1.X) / 6, Y: p2.Y - (p3.Y - p1.Y) / 6);
            path += $" C {F(c1.X)} {F(c1.Y)}, {F(c2.X)} {F(c2.Y)}, {F(p2.X)} {F(p2.Y)}";
        }
        return path;
    }

    public static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
