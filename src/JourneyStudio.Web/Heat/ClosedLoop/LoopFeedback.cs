using JourneyStudio.Domain.Heat;
using JourneyStudio.Web.Feedback.Import;
using Marten;

namespace JourneyStudio.Web.Heat.ClosedLoop;

/// <summary>One feedback item at one of a pain point's touchpoints, as the closed loop reads it.</summary>
public sealed record LoopRow(Guid ItemId, Guid CardId, DateTimeOffset ReceivedAt, double? Score);

/// <summary>One week of the before/after chart: how many scored items, the share of them that is negative, and their mean score.</summary>
public sealed record LoopWeek(IsoWeek Week, int Items, double? NegativeShare, double? MeanScore)
{
    public DateTimeOffset Start => Week.Start;
}

/// <summary>
/// Reads the feedback at a few touchpoints between two dates from the flat match rows (indexed by workspace, card and
/// week), never scanning a workspace's feedback: a pain point concerns a handful of touchpoints.
/// </summary>
public static class LoopFeedback
{
    public static async Task<IReadOnlyList<LoopRow>> RowsAsync(
        IQuerySession session, Guid workspaceId, IReadOnlyCollection<Guid> touchpointIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        if (touchpointIds.Count == 0 || to <= from) return [];
        var ids = touchpointIds.ToArray();
        // The week column is indexed; the exact instants are checked on the few rows it leaves.
        var firstWeek = FeedbackItemWeek(from);
        var lastWeek = FeedbackItemWeek(to);
        var rows = await session.Query<FeedbackMatch>()
            .Where(m => m.WorkspaceId == workspaceId && m.CardId.IsOneOf(ids) && m.Week >= firstWeek && m.Week <= lastWeek)
            .Select(m => new LoopRow(m.ItemId, m.CardId, m.ReceivedAt, m.Score))
            .ToListAsync(ct);
        return rows.Where(r => r.ReceivedAt >= from && r.ReceivedAt < to).ToList();
    }

    /// <summary>Each item once, however many of the touchpoints it was matched to; items without a score carry no verdict.</summary>
    public static IReadOnlyList<ScoredItem> Scored(IEnumerable<LoopRow> rows) =>
        rows.Where(r => r.Score is not null).DistinctBy(r => r.ItemId).Select(r => new ScoredItem(r.ReceivedAt, r.Score!.Value)).ToList();

    /// <summary>Every week from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>, empty weeks included.</summary>
    public static IReadOnlyList<LoopWeek> Weekly(IReadOnlyList<ScoredItem> items, DateTimeOffset from, DateTimeOffset to)
    {
        var byWeek = items.GroupBy(i => i.Week).ToDictionary(g => g.Key, g => g.ToList());
        var weeks = new List<LoopWeek>();
        for (var week = IsoWeek.Of(from); week <= IsoWeek.Of(to); week = week.Plus(1))
        {
            var these = byWeek.GetValueOrDefault(week) ?? [];
            weeks.Add(these.Count == 0
                ? new LoopWeek(week, 0, null, null)
                : new LoopWeek(week, these.Count, these.Count(i => i.IsNegative) / (double)these.Count, these.Average(i => i.Score)));
        }
        return weeks;
    }

    private static DateOnly FeedbackItemWeek(DateTimeOffset at) => Domain.Feedback.FeedbackItem.WeekOf(at);
}
