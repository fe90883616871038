using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JourneyStudio.Web.Hosting;

/// <summary>CSV files people open in a spreadsheet: a header row, then the rows, quoted by CsvHelper where needed.</summary>
public static class SpreadsheetCsv
{
    public static string Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var header in headers) csv.WriteField(header);
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var field in row) csv.WriteField(field);
            csv.NextRecord();
        }
        csv.Flush();
        return text.ToString();
    }

    /// <summary>The file as a download named <paramref name="fileName"/>.</summary>
    public static FileContentHttpResult Download(string csv, string fileName) =>
        TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", fileName);

    /// <summary>
    /// Text people typed (customers, map editors): a cell starting with = + - @ would run as a formula when the file is
    /// opened in a spreadsheet, so it is kept as text.
    /// </summary>
    public static string Text(string? value) => value is { Length: > 0 } && "=+-@\t\r".Contains(value[0]) ? "'" + value : value ?? "";
}
