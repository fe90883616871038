using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Heat;

public class HeatWindowTests
{
    [Fact]
    public void The_last_four_weeks_are_this_week_and_the_three_before()
    {
        var window = HeatWindow.LastWeeks(4, new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero)); // Wednesday of 2026-W10
        Assert.Equal(["2026-W07", "2026-W08", "2026-W09", "2026-W10"], window.Weeks.Select(w => w.ToString()));
        Assert.Equal(new DateTimeOffset(2026, 2, 9, 0, 0, 0, TimeSpan.Zero), window.Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), window.End);
        Assert.Equal("last 4 weeks", window.Label);
    }

    [Fact]
    public void Four_weeks_to_a_past_moment_are_its_week_and_the_three_before_named_by_its_date()
    {
        var window = HeatWindow.WeeksTo(4, new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(["2026-W07", "2026-W08", "2026-W09", "2026-W10"], window.Weeks.Select(w => w.ToString()));
        Assert.Equal("the 4 weeks to 4 Mar 2026", window.Label);
    }

    [Fact]
    public void A_quarter_is_the_weeks_whose_thursday_falls_in_it()
    {
        // 2026 starts on a Thursday and so has 53 ISO weeks; 31 December 2026 is a Thursday.
        var q1 = HeatWindow.Quarter(2026, 1);
        Assert.Equal((new IsoWeek(2026, 1), new IsoWeek(2026, 13), 13), (q1.First, q1.Last, q1.WeekCount));
        var q4 = HeatWindow.Quarter(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal((new IsoWeek(2026, 40), new IsoWeek(2026, 53), 14), (q4.First, q4.Last, q4.WeekCount));
        Assert.Equal("Q4 2026", q4.Label);
    }

    [Fact]
    public void Consecutive_quarters_share_no_week_and_leave_none_out()
    {
        for (var year = 2019; year <= 2031; year++)
        for (var q = 1; q <= 4; q++)
        {
            var next = q == 4 ? HeatWindow.Quarter(year + 1, 1) : HeatWindow.Quarter(year, q + 1);
            Assert.Equal(HeatWindow.Quarter(year, q).Last.Plus(1), next.First);
        }
    }

    [Fact]
    public void A_custom_range_covers_the_weeks_holding_its_first_and_last_day()
    {
        var window = HeatWindow.Custom(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2)); // a Sunday and the Monday after
        Assert.Equal([new IsoWeek(2026, 9), new IsoWeek(2026, 10)], window.Weeks);
        Assert.Equal("2026-W09 to 2026-W10", window.Label);
        Assert.True(window.Contains(new IsoWeek(2026, 9)));
        Assert.False(window.Contains(new IsoWeek(2026, 11)));
        Assert.Equal("to", Assert.Throws<DomainRuleViolation>(() => HeatWindow.Custom(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1))).Field);
    }
}
