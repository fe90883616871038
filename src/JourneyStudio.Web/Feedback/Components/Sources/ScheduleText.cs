using Cronos;

namespace JourneyStudio.Web.Feedback.Components.Sources;

/// <summary>A cron schedule in words, and its next runs, for the wizard and the sources list (schedules run in UTC).</summary>
public static class ScheduleText
{
    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string Describe(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron)) return "Only when someone presses Import now";
        var p = cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (p.Length != 5) return "Custom schedule";
        var (minute, hour, dom, month, dow) = (p[0], p[1], p[2], p[3], p[4]);
        bool Num(string s) => int.TryParse(s, out _);
        var everyDay = dom == "*" && month == "*";
        if (Num(minute) && Num(hour) && everyDay && dow == "*") return $"Every day at {int.Parse(hour):00}:{int.Parse(minute):00} UTC";
        if (Num(minute) && Num(hour) && everyDay && Num(dow) && int.Parse(dow) is >= 0 and <= 7) return $"Every {Days[int.Parse(dow) % 7]} at {int.Parse(hour):00}:{int.Parse(minute):00} UTC";
        if (Num(minute) && Num(hour) && everyDay && dow == "1-5") return $"Weekdays at {int.Parse(hour):00}:{int.Parse(minute):00} UTC";
        if (Num(minute) && hour == "*" && everyDay && dow == "*") return $"Every hour at :{int.Parse(minute):00}";
        if (Num(minute) && hour.StartsWith("*/") && Num(hour[2..]) && everyDay && dow == "*") return $"Every {int.Parse(hour[2..])} hours at :{int.Parse(minute):00} (UTC)";
        if (minute.StartsWith("*/") && Num(minute[2..]) && hour == "*" && everyDay && dow == "*") return $"Every {int.Parse(minute[2..])} minutes";
        return "Custom schedule";
    }

    public static IReadOnlyList<DateTimeOffset> Next(string? cron, DateTimeOffset from, int count)
    {
        if (string.IsNullOrWhiteSpace(cron)) return [];
        try
        {
            var expression = CronExpression.Parse(cron.Trim());
            var result = new List<DateTimeOffset>();
            var at = from;
            while (result.Count < count && expression.GetNextOccurrence(at, TimeZoneInfo.Utc) is { } next) { result.Add(next); at = next; }
            return result;
        }
        catch (CronFormatException) { return []; }
    }

    public static string When(DateTimeOffset at, DateTimeOffset now)
    {
        var span = at - now;
        var words = span.TotalMinutes switch
        {
            < 1 and > -1 => "now",
            > 0 and < 60 => $"in {(int)span.TotalMinutes} min",
            > 0 and < 60 * 36 => $"in {(int)Math.Round(span.TotalHours)} h",
            > 0 => $"in {(int)Math.Round(span.TotalDays)} days",
            > -60 => $"{(int)-span.TotalMinutes} min ago",
            > -60 * 36 => $"{(int)Math.Round(-span.TotalHours)} h ago",
            _ => $"{(int)Math.Round(-span.TotalDays)} days ago",
        };
        return words;
    }
}
