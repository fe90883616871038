using System.Globalization;

namespace JourneyStudio.Domain.Heat;

/// <summary>Numbers in the plain sentences heat and the closed loop write, formatted the same on every server culture.</summary>
internal static class Words
{
    public static string Percent(double share) =>
        (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Items(long n) => n == 1 ? "1 item" : $"{n.ToString(CultureInfo.InvariantCulture)} items";

    public static string Number(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
}
