using System.Globalization;

namespace JourneyStudio.Domain.Heat;

/// <summary>
/// An ISO 8601 week: weeks start on Monday, and week 1 is the week holding the year's first Thursday, so a week
/// belongs to the year of its Thursday (29 December 2025 is in 2026-W01). Instants are placed by their UTC date.
/// </summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998) throw new ArgumentOutOfRangeException(nameof(year), year, "An ISO week-year must be between 1 and 9998.");
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
            throw new ArgumentOutOfRangeException(nameof(week), week, $"{year} has {ISOWeek.GetWeeksInYear(year)} ISO weeks.");
        Year = year;
        Week = week;
    }

    public int Year { get; }

    public int Week { get; }

    public static IsoWeek Of(DateTimeOffset at) => Of(DateOnly.FromDateTime(at.UtcDateTime));

    public static IsoWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    /// <summary>The week's first day.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>The Thursday that decides which year (and so which month or quarter) the week belongs to.</summary>
    public DateOnly Thursday => Monday.AddDays(3);

    /// <summary>Midnight UTC at the start of the week (inclusive).</summary>
    public DateTimeOffset Start => new(Monday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Midnight UTC at the start of the next week (exclusive).</summary>
    public DateTimeOffset End => Start.AddDays(7);

    public IsoWeek Plus(int weeks) => Of(Monday.AddDays(7 * weeks));

    /// <summary>How many weeks from <paramref name="from"/> to this week (negative when this week is earlier).</summary>
    public int WeeksSince(IsoWeek from) => (Monday.DayNumber - from.Monday.DayNumber) / 7;

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek a, IsoWeek b) => a.CompareTo(b) < 0;
    public static bool operator >(IsoWeek a, IsoWeek b) => a.CompareTo(b) > 0;
    public static bool operator <=(IsoWeek a, IsoWeek b) => a.CompareTo(b) <= 0;
    public static bool operator >=(IsoWeek a, IsoWeek b) => a.CompareTo(b) >= 0;

    /// <summary>Reads the form <see cref="ToString"/> writes, e.g. <c>2026-W05</c>.</summary>
    public static IsoWeek Parse(string text)
    {
        var parts = (text ?? "").Trim().Split("-W", StringSplitOptions.None);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var week))
            throw new FormatException($"'{text}' is not an ISO week such as 2026-W05.");
        return new IsoWeek(year, week);
    }

    public override string ToString() => $"{Year:D4}-W{Week:D2}";
}
