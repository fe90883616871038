using JourneyStudio.Web.Feedback.Evidence;

namespace JourneyStudio.Web.Tests.Feedback;

/// <summary>The time axis under the weekly charts says which weeks the bars are, in one style.</summary>
public class WeekAxisTests
{
    private static List<DateOnly> Weeks(DateOnly firstMonday, int count) => Enumerable.Range(0, count).Select(i => firstMonday.AddDays(7 * i)).ToList();

    [Fact]
    public void The_week_holding_the_first_of_december_counts_for_december()
    {
        var labels = WeekAxis.Labels(Weeks(new DateOnly(2026, 9, 7), 13));
        Assert.Equal([(0, "Sep 2026"), (3, "Oct"), (8, "Nov"), (12, "Dec")], labels);
    }

    [Fact]
    public void A_few_weeks_are_named_by_the_day_they_start()
    {
        Assert.Equal([(0, "30 Nov 2026")], WeekAxis.Labels(Weeks(new DateOnly(2026, 11, 30), 1)));
        Assert.Equal([(0, "14 Dec 2026"), (1, "21 Dec"), (2, "28 Dec"), (3, "4 Jan 2027")], WeekAxis.Labels(Weeks(new DateOnly(2026, 12, 14), 4)));
        Assert.Equal([(0, "14 Dec 2026"), (2, "28 Dec"), (4, "11 Jan 2027")], WeekAxis.Labels(Weeks(new DateOnly(2026, 12, 14), 5), dayGap: 2));
    }

    [Fact]
    public void A_new_year_is_written_out_and_crowded_months_are_skipped()
    {
        var labels = WeekAxis.Labels(Weeks(new DateOnly(2026, 6, 1), 40), monthGap: 2);
        Assert.Equal(["Jun 2026", "Aug", "Oct", "Dec", "Feb 2027"], labels.Select(l => l.Text));
        Assert.Equal("Jan 2027", WeekAxis.Labels(Weeks(new DateOnly(2026, 6, 1), 40)).Single(l => l.Text.StartsWith("Jan")).Text);
    }
}
