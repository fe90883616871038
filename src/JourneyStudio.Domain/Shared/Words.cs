using System.Globalization;

namespace JourneyStudio.Domain.Shared;

/// <summary>Numbers as people write them beside a noun: "1 item", "2,400 items", never "item(s)".</summary>
public static class Words
{
    /// <summary><paramref name="noun"/> is the singular; the plural adds "s" unless <paramref name="plural"/> says otherwise.</summary>
    public static string Count(long n, string noun, string? plural = null) =>
        $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? noun : plural ?? noun + "s")}";
}
