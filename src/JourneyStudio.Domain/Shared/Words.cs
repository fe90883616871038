using System.Globalization;

namespace JourneyStudio.Domain.Shared;

/// <summary>Numbers in the sentences the app writes, formatted the same on every server culture: "1 item", "2,400 items", "38%", never "item(s)".</summary>
public static class Words
{
    /// <summary><paramref name="noun"/> is the singular; the plural adds "s" unless <paramref name="plural"/> says otherwise.</summary>
    public static string Count(long n, string noun, string? plural = null) =>
        $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? noun : plural ?? noun + "s")}";

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Number(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
}
