using System.Globalization;
using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Web.Hosting;

namespace JourneyStudio.Web.Heat.Accountability;

/// <summary>The matrix as two spreadsheets: every touchpoint and every pain point with its journey and owner.</summary>
public static class AccountabilityCsv
{
    public static string Touchpoints(AccountabilityMatrix matrix) => SpreadsheetCsv.Write(
        ["journey", "stage", "touchpoint", "owner", "moment of truth", "items", "mean score", "negative share", "pain index", "evidence", "window"],
        Cells(matrix).SelectMany(c => c.Cell.Touchpoints.Select(t => (IReadOnlyList<string>)
        [
            SpreadsheetCsv.Text(c.Journey), SpreadsheetCsv.Text(t.StageName), SpreadsheetCsv.Text(t.Text), SpreadsheetCsv.Text(c.Owner),
            t.MomentOfTruth ? "yes" : "no", t.Heat.Volume.ToString(CultureInfo.InvariantCulture), Number(t.Heat.MeanScore, "0.00"),
            Number(t.Heat.NegativeShare, "0.00"), Number(t.Heat.PainIndex, "0.0"), t.Heat.EvidenceText, matrix.Window.Label,
        ])));

    public static string PainPoints(AccountabilityMatrix matrix) => SpreadsheetCsv.Write(
        ["journey", "stage", "pain point", "owner", "status", "severity"],
        Cells(matrix).SelectMany(c => c.Cell.PainPoints.Select(p => (IReadOnlyList<string>)
        [
            SpreadsheetCsv.Text(c.Journey), SpreadsheetCsv.Text(p.StageName), SpreadsheetCsv.Text(p.Text), SpreadsheetCsv.Text(c.Owner),
            PainPointStatuses.Name(p.Status), p.Severity.ToString(CultureInfo.InvariantCulture),
        ])));

    private static IEnumerable<(string Journey, string Owner, AccountabilityCell Cell)> Cells(AccountabilityMatrix matrix) =>
        from journey in matrix.Journeys.Select((j, i) => (j.Title, Index: i))
        from row in matrix.Rows
        select (journey.Title, row.Department?.Name ?? "", row.Cells[journey.Index]);

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "";
}
