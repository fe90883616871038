using JourneyStudio.Domain.Heat;

namespace JourneyStudio.Domain.Tests.Heat;

public class IsoWeekTests
{
    [Theory]
    [InlineData("2026-01-01T12:00:00Z", 2026, 1, "2025-12-29")] // a Thursday: week 1 of 2026 starts the Monday before
    [InlineData("2021-01-03T12:00:00Z", 2020, 53, "2020-12-28")] // a Sunday still in 2020's 53rd week
    [InlineData("2024-12-30T00:00:00Z", 2025, 1, "2024-12-30")] // a Monday that starts 2025-W01
    [InlineData("2026-03-01T23:30:00-05:00", 2026, 10, "2026-03-02")] // Sunday evening in New York is Monday in UTC
    [InlineData("2026-03-02T00:30:00+02:00", 2026, 9, "2026-02-23")] // Monday night in Athens is still Sunday in UTC
    public void An_instant_falls_in_the_ISO_week_of_its_UTC_date(string at, int year, int week, string monday)
    {
        var iso = IsoWeek.Of(DateTimeOffset.Parse(at));
        Assert.Equal((year, week), (iso.Year, iso.Week));
        Assert.Equal(DateOnly.Parse(monday), iso.Monday);
        Assert.Equal(DayOfWeek.Monday, iso.Monday.DayOfWeek);
        Assert.Equal(iso.Start.AddDays(7), iso.End);
    }

    [Fact]
    public void Weeks_step_across_year_ends_including_53_week_years()
    {
        Assert.Equal(new IsoWeek(2021, 1), new IsoWeek(2020, 53).Plus(1));
        Assert.Equal(new IsoWeek(2020, 53), new IsoWeek(2021, 1).Plus(-1));
        Assert.Equal(new IsoWeek(2027, 1), new IsoWeek(2026, 53).Plus(1));
        Assert.Equal(53, new IsoWeek(2027, 1).WeeksSince(new IsoWeek(2026, 1))); // 2026 has 53 weeks
        Assert.True(new IsoWeek(2025, 52) < new IsoWeek(2026, 1));
    }

    [Fact]
    public void A_week_reads_and_writes_as_year_W_number()
    {
        Assert.Equal("2026-W05", new IsoWeek(2026, 5).ToString());
        Assert.Equal(new IsoWeek(2026, 5), IsoWeek.Parse("2026-W05"));
        Assert.Throws<FormatException>(() => IsoWeek.Parse("2026-05"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoWeek(2025, 53)); // 2025 has 52 weeks
    }
}
