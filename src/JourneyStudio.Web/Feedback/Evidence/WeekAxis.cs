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

    /// <summary>
    /// Which weeks get a label and what it says: a day label at most every <paramref name="dayGap"/> weeks, a month
    /// label at most every <paramref name="monthGap"/> months, so that labels do not overlap. The year is written on the
    /// first label and wherever it changes.
    /// </summary>
    public static IReadOnlyList<(int Index, string Text)> Labels(IReadOnlyList<DateOnly> weeks, int monthGap = 1, int dayGap = 1)
    {
        var labels = new List<(int, string)>();
        int? lastYear = null;
        if (weeks.Count <= FewWeeks)
        {
            for (var i = 0; i < weeks.Count; i += Math.Max(1, dayGap))
            {
                labels.Add((i, weeks[i].ToString(weeks[i].Year != lastYear ? "d MMM yyyy" : "d MMM", CultureInfo.InvariantCulture)));
                lastYear = weeks[i].Year;
            }
            return labels;
        }
        var shown = 0;
        for (var i = 0; i < weeks.Count; i++)
        {
            var month = MonthOf(weeks[i]);
            if (i > 0 && month == MonthOf(weeks[i - 1])) continue;
            if (shown++ % Math.Max(1, monthGap) != 0) continue;
            labels.Add((i, month.ToString(month.Year != lastYear ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture)));
            lastYear = month.Year;
        }
        return labels;
    }

    private static DateOnly MonthOf(DateOnly monday)
    {
        var thursday = monday.AddDays(3);
        return new DateOnly(thursday.Year, thursday.Month, 1);
    }
}
