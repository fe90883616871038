using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Heat;
using JourneyStudio.Web.Feedback.Storage;

namespace JourneyStudio.Web.Heat.ClosedLoop;

/// <summary>One feedback item at one of a pain point's touchpoints, as the closed loop reads it.</summary>
public sealed record LoopRow(Guid ItemId, Guid CardId, DateTimeOffset ReceivedAt, double? Score);

/// <summary>One week of the before/after chart: how many scored items, the share of them that is negative, and their mean score.</summary>
public sealed record LoopWeek(IsoWeek Week, int Items, double? NegativeShare, double? MeanScore)
{
    public DateTimeOffset Start => Week.Start;
}

/// <summary>
/// Reads the feedback at a few touchpoints between two dates from the flat match rows (indexed by card and
/// week), never scanning a workspace's feedback: a pain point concerns a handful of touchpoints.
/// </summary>
public static class LoopFeedback
{
    public static async Task<IReadOnlyList<LoopRow>> RowsAsync(
        FeedbackStore items, Guid workspaceId, IReadOnlyCollection<Guid> touchpointIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        if (touchpointIds.Count == 0 || to <= from) return [];
        // The (card, week) index narrows to the window's weeks; the exact instants are checked on the rows it leaves.
        var rows = new List<LoopRow>();
        await using var connection = await items.OpenAsync(ct);
        await using var command = FeedbackStore.Command(connection,
            $"""
            select m.item_id, m.card_id, m.received_at, m.score from {items.Matches} m
            where m.card_id = any($1) and m.week between $2 and $3 and m.workspace_id = $4 and m.received_at >= $5 and m.received_at < $6
            """, [touchpointIds.ToArray(), FeedbackItem.WeekOf(from), FeedbackItem.WeekOf(to), workspaceId, from.ToUniversalTime(), to.ToUniversalTime()]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new LoopRow(reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetDouble(3)));
        return rows;
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
}
