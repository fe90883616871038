using System.Globalization;

namespace JourneyStudio.Web.Feedback.Evidence;

/// <summary>
/// The labels under a chart of consecutive weeks (each given by its Monday). A few weeks are named by the day they
/// start ("30 Nov"); more, by month, under the first week of each month. A week counts for the month its Thursday
/// falls in, as ISO weeks do for years, so the week of Monday 30 November is December's first: feedback dated
/// 5 December sits under "Dec", not "Nov".
/// </summary>
public static class WeekAxis
{
    private const int FewWeeks = 6;

    /// <summary>Which weeks get a label and what it says, at most one per <paramref name="minGap"/> weeks when months would crowd.</summary>
    public static IReadOnlyList<(int Index, string Text)> Labels(IReadOnlyList<DateOnly> weeks, int minGap = 1)
    {
        if (weeks.Count <= FewWeeks)
            return weeks.Select((week, i) => (i, Day(week, i == 0 || week.Year != weeks[i - 1].Year))).ToList();

        var labels = new List<(int, string)>();
        var shown = 0;
        for (var i = 0; i < weeks.Count; i++)
        {
            var month = MonthOf(weeks[i]);
            if (i > 0 && month == MonthOf(weeks[i - 1])) continue;
            if (shown++ % Math.Max(1, minGap) != 0) continue;
            var withYear = labels.Count == 0 || month.Month == 1;
            labels.Add((i, month.ToString(withYear ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture)));
        }
        return labels;
    }

    private static DateOnly MonthOf(DateOnly monday)
    {
        var thursday = monday.AddDays(3);
        return new DateOnly(thursday.Year, thursday.Month, 1);
    }

    private static string Day(DateOnly week, bool withYear) =>
        week.ToString(withYear ? "d MMM yyyy" : "d MMM", CultureInfo.InvariantCulture);
}
