namespace JourneyStudio.Web.Canvas.Export;

/// <summary>Where each handoff's number badge sits on its arrow, clear of the arrowhead, other badges and other arrows.</summary>
public static class HandoffBadges
{
    public const float BadgeRadius = 9, ArrowLength = 7;

    public static IReadOnlyList<Point> Place(IReadOnlyList<IReadOnlyList<Point>> paths)
    {
        var badges = new List<Point>();
        for (var i = 0; i < paths.Count; i++)
        {
            var others = paths.Where((_, k) => k != i).ToList();
            badges.Add(On(paths[i], p => badges.All(b => Length(b, p) >= 2 * BadgeRadius + 4) && others.All(o => DistanceTo(o, p) > BadgeRadius + 1)));
        }
        return badges;
    }

    /// <summary>
    /// Where the number goes: the middle of the longest inner stretch (not a stub at a card), kept off the arrowhead,
    /// and slid along the route to a spot that is <paramref name="clear"/> of other badges and arrows. An arrow across a
    /// bare gutter is too short to carry it, so there it sits just above or below.
    /// </summary>
    private static Point On(IReadOnlyList<Point> path, Func<Point, bool> clear)
    {
        var along = new List<float> { 0 };
        for (var i = 1; i < path.Count; i++) along.Add(along[^1] + Length(path[i - 1], path[i]));
        var (first, last) = path.Count > 3 ? (1, path.Count - 3) : (0, path.Count - 2);
        var longest = Enumerable.Range(first, last - first + 1).MaxBy(i => along[i + 1] - along[i]);
        var (min, max) = (BadgeRadius + 2, along[^1] - BadgeRadius - ArrowLength - 2);

        var candidates = new List<Point>();
        if (max >= min + BadgeRadius)
        {
            var preferred = Math.Clamp((along[longest] + along[longest + 1]) / 2, min, max);
            for (var shift = 0f; shift <= max - min; shift += BadgeRadius)
                candidates.AddRange(new[] { preferred + shift, preferred - shift }.Where(at => at >= min && at <= max).Select(at => PointAt(path, along, at)));
        }
        else
        {
            var middle = PointAt(path, along, along[^1] / 2);
            candidates.AddRange(new Point[] { new(middle.X, middle.Y - BadgeRadius - 4), new(middle.X, middle.Y + BadgeRadius + 4) });
        }
        return candidates.FirstOrDefault(clear, candidates[0]);
    }

    private static float DistanceTo(IReadOnlyList<Point> path, Point p) =>
        Enumerable.Range(0, path.Count - 1).Min(i =>
        {
            var (a, b) = (path[i], path[i + 1]);
            var lengthSquared = (b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y);
            var t = lengthSquared == 0 ? 0 : Math.Clamp(((p.X - a.X) * (b.X - a.X) + (p.Y - a.Y) * (b.Y - a.Y)) / lengthSquared, 0, 1);
            return Length(p, new Point(a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y)));
        });

    private static Point PointAt(IReadOnlyList<Point> path, List<float> along, float distance)
    {
        var i = Math.Max(0, along.FindLastIndex(a => a <= distance));
        return i >= path.Count - 1 ? path[^1] : PathData.Toward(path[i], path[i + 1], distance - along[i]);
    }

    private static float Length(Point a, Point b) => PathData.Distance(a, b);
}
