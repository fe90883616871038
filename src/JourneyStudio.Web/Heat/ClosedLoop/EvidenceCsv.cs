using System.Globalization;
using JourneyStudio.Web.Hosting;

namespace JourneyStudio.Web.Heat.ClosedLoop;

/// <summary>The people behind a fix as CSV for follow-up: one row per feedback item, with its author and contact where the source had them.</summary>
public static class EvidenceCsv
{
    public static string Write(IEnumerable<LoopEvidenceItem> items) => SpreadsheetCsv.Write(
        ["why", "received", "source", "author", "contact", "channel", "score", "raw score", "text", "url"],
        items.Select(i => (IReadOnlyList<string>)
        [
            i.Why, i.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), SpreadsheetCsv.Text(i.Source),
            SpreadsheetCsv.Text(i.Author), SpreadsheetCsv.Text(i.Contact), i.Channel ?? "", i.Score?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
            i.RawScore ?? "", SpreadsheetCsv.Text(i.Text), i.Url ?? "",
        ]));
}
