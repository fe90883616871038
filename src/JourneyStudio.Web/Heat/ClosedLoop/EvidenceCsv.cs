using System.Globalization;
using CsvHelper;

namespace JourneyStudio.Web.Heat.ClosedLoop;

/// <summary>The people behind a fix as CSV for follow-up: one row per feedback item, with its author and contact where the source had them.</summary>
public static class EvidenceCsv
{
    public static string Write(IEnumerable<LoopEvidenceItem> items)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var header in (string[])["why", "received", "source", "author", "contact", "channel", "score", "raw score", "text", "url"])
            csv.WriteField(header);
        csv.NextRecord();
        foreach (var i in items)
        {
            csv.WriteField(i.Why);
            csv.WriteField(i.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            csv.WriteField(Safe(i.Source));
            csv.WriteField(Safe(i.Author ?? ""));
            csv.WriteField(Safe(i.Contact ?? ""));
            csv.WriteField(i.Channel ?? "");
            csv.WriteField(i.Score?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(i.RawScore ?? "");
            csv.WriteField(Safe(i.Text));
            csv.WriteField(i.Url ?? "");
            csv.NextRecord();
        }
        return text.ToString();
    }

    // Customers wrote this text: a cell starting with = + - @ would run as a formula when the file is opened in a spreadsheet.
    private static string Safe(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;
}
