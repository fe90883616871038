using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Heat;

/// <summary>
/// A run of whole ISO weeks, first to last inclusive, that heat is summed over. Windows are whole weeks so that a
/// window's figures are sums of the stored weekly tallies and never need the items again.
/// </summary>
public sealed record HeatWindow
{
    /// <summary>The longest window (ten years), to keep one request from summing unbounded weeks.</summary>
    public const int MaxWeeks = 530;

    public HeatWindow(IsoWeek first, IsoWeek last, string label)
    {
        if (last < first) throw new DomainRuleViolation("to", $"The window ends ({last}) before it starts ({first}).");
        if (last.WeeksSince(first) + 1 > MaxWeeks) throw new DomainRuleViolation("to", $"A heat window may span at most {MaxWeeks} weeks.");
        First = first;
        Last = last;
        Label = label;
    }

    public IsoWeek First { get; }

    public IsoWeek Last { get; }

    /// <summary>How the window reads in the UI: "last 4 weeks", "Q4 2026", "2026-W10 to 2026-W14".</summary>
    public string Label { get; }

    public int WeekCount => Last.WeeksSince(First) + 1;

    public IEnumerable<IsoWeek> Weeks => Enumerable.Range(0, WeekCount).Select(First.Plus);

    public bool Contains(IsoWeek week) => week >= First && week <= Last;

    /// <summary>Midnight UTC on the first Monday (inclusive).</summary>
    public DateTimeOffset Start => First.Start;

    /// <summary>Midnight UTC on the Monday after the last week (exclusive).</summary>
    public DateTimeOffset End => Last.End;

    /// <summary>The week holding <paramref name="now"/> (so far) and the <paramref name="weeks"/> − 1 weeks before it.</summary>
    public static HeatWindow LastWeeks(int weeks, DateTimeOffset now) =>
        Ending(weeks, now, weeks == 1 ? "this week" : $"last {weeks} weeks");

    /// <summary>The same weeks as <see cref="LastWeeks"/> would give at <paramref name="end"/>, named by that date (a past version's window).</summary>
    public static HeatWindow WeeksTo(int weeks, DateTimeOffset end) =>
        Ending(weeks, end, $"the {weeks} weeks to {end.UtcDateTime:d MMM yyyy}");

    private static HeatWindow Ending(int weeks, DateTimeOffset end, string label)
    {
        Guard.Range(weeks, "weeks", 1, MaxWeeks);
        var last = IsoWeek.Of(end);
        return new HeatWindow(last.Plus(-(weeks - 1)), last, label);
    }

    /// <summary>
    /// The calendar quarter holding <paramref name="now"/>'s UTC date, as the ISO weeks whose Thursday falls in it —
    /// the same rule ISO uses to give a week to a year, so every week belongs to exactly one quarter (13 or 14 weeks).
    /// </summary>
    public static HeatWindow Quarter(DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        return Quarter(day.Year, (day.Month - 1) / 3 + 1);
    }

    public static HeatWindow Quarter(int year, int quarter)
    {
        Guard.Range(quarter, "quarter", 1, 4);
        Guard.Range(year, "year", 2, 9997);
        var start = new DateOnly(year, 3 * (quarter - 1) + 1, 1);
        var end = start.AddMonths(3).AddDays(-1);
        var firstThursday = start.AddDays(((int)DayOfWeek.Thursday - (int)start.DayOfWeek + 7) % 7);
        var lastThursday = end.AddDays(-(((int)end.DayOfWeek - (int)DayOfWeek.Thursday + 7) % 7));
        return new HeatWindow(IsoWeek.Of(firstThursday), IsoWeek.Of(lastThursday), $"Q{quarter} {year}");
    }

    /// <summary>From the week holding <paramref name="from"/> to the week holding <paramref name="to"/>, both included.</summary>
    public static HeatWindow Custom(DateOnly from, DateOnly to)
    {
        if (to < from) throw new DomainRuleViolation("to", $"The window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        var (first, last) = (IsoWeek.Of(from), IsoWeek.Of(to));
        return new HeatWindow(first, last, first == last ? first.ToString() : $"{first} to {last}");
    }
}
