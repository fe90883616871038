using JourneyStudio.Domain.Maps;
using static JourneyStudio.Web.Canvas.Export.ExportMetrics;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>
/// Routes handoff arrows orthogonally through the gutters between cells so that they never cross a card: out of the
/// source's side into the column gutter next to it, along a row boundary when whole stages lie between, and into the
/// target's side. Arrows sharing a gutter get parallel tracks; ends on one card side are spread along it.
/// </summary>
public sealed class HandoffRouter(IReadOnlyList<float> columnEdges, IReadOnlyList<float> rowEdges)
{
    private const float TrackSpacing = 6, PortInset = 8;

    public IReadOnlyList<HandoffRoute> Route(IEnumerable<Handoff> handoffs, IReadOnlyDictionary<Guid, HandoffAnchor> anchors)
    {
        var plans = handoffs
            .Where(h => anchors.ContainsKey(h.FromCardId) && anchors.ContainsKey(h.ToCardId))
            .Select(h => new Plan(h, anchors[h.FromCardId], anchors[h.ToCardId]))
            .OrderBy(p => p.From.Stage).ThenBy(p => p.From.Lane).ThenBy(p => p.From.Box.Y).ThenBy(p => p.To.Stage)
            .ToList();
        foreach (var plan in plans) plan.Channel = ChannelFor(plan);
        AssignPorts(plans, byTrack: false);
        AssignTracks(plans);
        AssignPorts(plans, byTrack: true);
        Straighten(plans);

        var paths = plans.Select(p => Simplify(p.Points(columnEdges, rowEdges))).ToList();
        var badges = HandoffBadges.Place(paths);
        return plans.Select((plan, i) => new HandoffRoute(plan.Handoff, i + 1, paths[i], badges[i])).ToList();
    }

    /// <summary>The row boundary to run along when the route must cross whole stages, or null when it need not.</summary>
    private int? ChannelFor(Plan plan)
    {
        if (plan.FirstGutter == plan.LastGutter) return null;
        if (plan.From.Lane != plan.To.Lane) return plan.To.Lane > plan.From.Lane ? plan.From.Lane + 1 : plan.From.Lane;
        var lane = plan.From.Lane;
        // The grid's bottom edge has no gutter below it, so the last lane runs along its top.
        if (lane + 1 >= rowEdges.Count - 1) return lane;
        float Travel(int edge) => Math.Abs(plan.From.Box.CenterY - rowEdges[edge]) + Math.Abs(plan.To.Box.CenterY - rowEdges[edge]);
        return Travel(lane) <= Travel(lane + 1) ? lane : lane + 1;
    }

    /// <summary>
    /// Spreads the arrow ends on each card side so that they do not cross: ends whose arrow heads up sit above those
    /// heading down, and among them the arrow on the track nearest the card takes the port nearest where it heads.
    /// Before tracks are known (<paramref name="byTrack"/> false), shorter arrows are taken to be the nearer ones.
    /// </summary>
    private void AssignPorts(List<Plan> plans, bool byTrack)
    {
        var ends = plans.SelectMany(p => new[] { new End(p, true, rowEdges), new End(p, false, rowEdges) });
        foreach (var side in ends.GroupBy(e => (e.Anchor.Box, e.Right)))
        {
            var box = side.Key.Box;
            var inset = box.Height > 3 * PortInset ? PortInset : 0;
            var ordered = side
                .OrderBy(e => e.Upward ? 0 : 1)
                .ThenBy(e => byTrack ? (e.Upward ? e.DistanceFromCard : -e.DistanceFromCard) : 0)
                .ThenByDescending(e => e.Toward)
                .ToList();
            for (var i = 0; i < ordered.Count; i++)
                ordered[i].Set(box.Y + inset + (box.Height - 2 * inset) * (i + 1) / (ordered.Count + 1));
        }
    }

    /// <summary>An arrow between neighbouring stages whose cards face each other, and that shares no side, runs straight across.</summary>
    private static void Straighten(List<Plan> plans)
    {
        var sides = plans.SelectMany(p => new[] { (p.From.Box, p.ExitsRight), (p.To.Box, p.EntersRight) }).CountBy(s => s).ToDictionary();
        foreach (var p in plans.Where(p => p.Channel is null && p.From.Stage != p.To.Stage))
        {
            if (sides[(p.From.Box, p.ExitsRight)] > 1 || sides[(p.To.Box, p.EntersRight)] > 1) continue;
            var top = Math.Max(p.From.Box.Y, p.To.Box.Y) + PortInset;
            var bottom = Math.Min(p.From.Box.Bottom, p.To.Box.Bottom) - PortInset;
            if (top <= bottom) p.ExitY = p.EnterY = Math.Clamp(p.ExitY, top, bottom);
        }
    }

    /// <summary>
    /// Gives each use of a gutter a track not taken along an overlapping stretch. Tracks sit either side of the gutter's
    /// centre line; an arrow prefers the side it is heading to, so one looping back into its own stage stays inside one
    /// that crosses over to the next.
    /// </summary>
    private void AssignTracks(List<Plan> plans)
    {
        var uses = new List<(string Gutter, float Start, float End, int Toward, Action<float> Set)>();
        foreach (var p in plans)
        {
            var turnY = p.Channel is { } c ? rowEdges[c] : p.EnterY;
            var firstToward = p.Channel is null ? (p.EntersRight ? -1 : 1) : (p.ExitsRight ? 1 : -1);
            uses.Add(($"v{p.FirstGutter}", Math.Min(p.ExitY, turnY), Math.Max(p.ExitY, turnY), firstToward, o => p.FirstOffset = o));
            if (p.Channel is { } channel)
            {
                float a = columnEdges[p.FirstGutter], b = columnEdges[p.LastGutter];
                // Below the boundary first: the top one of the grid has the stage headers above it.
                uses.Add(($"h{channel}", Math.Min(a, b), Math.Max(a, b), 1, o => p.ChannelOffset = o));
                uses.Add(($"v{p.LastGutter}", Math.Min(rowEdges[channel], p.EnterY), Math.Max(rowEdges[channel], p.EnterY), p.EntersRight ? -1 : 1, o => p.LastOffset = o));
            }
        }
        foreach (var gutter in uses.GroupBy(u => u.Gutter))
        {
            var taken = new Dictionary<int, float>();
            foreach (var use in gutter.OrderBy(u => u.Start))
            {
                int[] preference = [0, use.Toward, 2 * use.Toward, -use.Toward, -2 * use.Toward];
                var step = preference.FirstOrDefault(s => !taken.TryGetValue(s, out var end) || end + TrackSpacing < use.Start, preference[^1]);
                taken[step] = Math.Max(taken.GetValueOrDefault(step, float.MinValue), use.End);
                use.Set(step * TrackSpacing);
            }
        }
    }

    /// <summary>Drops repeated points and points in the middle of a straight run.</summary>
    private static List<Point> Simplify(List<Point> points)
    {
        var distinct = new List<Point>();
        foreach (var p in points)
            if (distinct.Count == 0 || Length(distinct[^1], p) > 0.01f) distinct.Add(p);
        var result = new List<Point> { distinct[0] };
        for (var i = 1; i < distinct.Count - 1; i++)
        {
            var (prev, cur, next) = (result[^1], distinct[i], distinct[i + 1]);
            var straight = (Math.Abs(prev.X - cur.X) < 0.01f && Math.Abs(cur.X - next.X) < 0.01f)
                        || (Math.Abs(prev.Y - cur.Y) < 0.01f && Math.Abs(cur.Y - next.Y) < 0.01f);
            if (!straight) result.Add(cur);
        }
        if (distinct.Count > 1) result.Add(distinct[^1]);
        return result;
    }

    private static float Length(Point a, Point b) => PathData.Distance(a, b);

    private sealed class Plan(Handoff handoff, HandoffAnchor from, HandoffAnchor to)
    {
        public Handoff Handoff { get; } = handoff;
        public HandoffAnchor From { get; } = from;
        public HandoffAnchor To { get; } = to;
        // Forward and same-stage arrows leave on the right; backward ones on the left. Same-stage ones loop back in on the right.
        public bool ExitsRight { get; } = to.Stage >= from.Stage;
        public bool EntersRight { get; } = to.Stage <= from.Stage;
        public int FirstGutter => ExitsRight ? From.Stage + 1 : From.Stage;
        public int LastGutter => EntersRight ? To.Stage + 1 : To.Stage;
        public int? Channel { get; set; }
        public float ExitY { get; set; }
        public float EnterY { get; set; }
        public float FirstOffset { get; set; }
        public float LastOffset { get; set; }
        public float ChannelOffset { get; set; }

        public List<Point> Points(IReadOnlyList<float> columns, IReadOnlyList<float> rows)
        {
            var start = new Point(ExitsRight ? From.Box.Right : From.Box.X, ExitY);
            var end = new Point(EntersRight ? To.Box.Right : To.Box.X, EnterY);
            var firstX = columns[FirstGutter] + FirstOffset;
            if (Channel is not { } channel) return [start, new(firstX, ExitY), new(firstX, EnterY), end];
            var lastX = columns[LastGutter] + LastOffset;
            var y = rows[channel] + ChannelOffset;
            return [start, new(firstX, ExitY), new(firstX, y), new(lastX, y), new(lastX, EnterY), end];
        }
    }

    /// <summary>One end of an arrow, on one side of its card.</summary>
    private sealed class End(Plan plan, bool exit, IReadOnlyList<float> rows)
    {
        public HandoffAnchor Anchor => exit ? plan.From : plan.To;
        public bool Right => exit ? plan.ExitsRight : plan.EntersRight;
        /// <summary>Where the arrow goes from this end: the row boundary it runs along, or the other card.</summary>
        public float Toward => plan.Channel is { } c ? rows[c] : (exit ? plan.To : plan.From).Box.CenterY;
        public bool Upward => Toward < Anchor.Box.CenterY;
        public float DistanceFromCard => (Right ? 1 : -1) * (exit || plan.Channel is null ? plan.FirstOffset : plan.LastOffset);
        public void Set(float y) { if (exit) plan.ExitY = y; else plan.EnterY = y; }
    }
}
