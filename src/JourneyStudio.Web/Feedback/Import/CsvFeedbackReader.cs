using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Web.Feedback.Sources;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>The first rows of a file as they will be read: detected encoding and delimiter, header, and values.</summary>
public sealed record CsvPreview(
    string Encoding, char Delimiter, IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows, int SuggestedSkipRowsAfterHeader,
    IReadOnlyList<IReadOnlyList<string>> RawTopRows);

public sealed record CsvRow(int Line, IReadOnlyList<string> Values);

/// <summary>
/// CSV and TSV exports through CsvHelper: quoted fields with delimiters, quotes and line breaks; encoding and
/// delimiter detected unless set; the header on any row (survey tools put question text and ids in the rows after it,
/// which <see cref="CsvSettings.SkipRowsAfterHeader"/> passes over). Columns are chosen by header name; every other
/// column is kept as a field. A row with the wrong number of values is rejected with its line; the rest still import.
/// </summary>
public sealed class CsvFeedbackReader : IFeedbackReader
{
    private static readonly char[] Candidates = [',', ';', '\t', '|'];

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(ReadContext context, [EnumeratorCancellation] CancellationToken ct)
    {
        var source = context.Source;
        byte[] bytes;
        string where;
        if (context.Upload is { } upload) (bytes, where) = (upload, context.UploadName ?? "the uploaded file");
        else
        {
            var doc = await context.FetchAsync(context.SourceUrl, ct);
            (bytes, where) = (doc.Body, doc.Url.ToString());
            yield return ReadOutcome.PageRead(where);
        }
        foreach (var outcome in Read(bytes, where, source.Csv, source.Fields, source.Channel, context.Notes, source.Scale2))
        {
            ct.ThrowIfCancellationRequested();
            yield return outcome;
        }
    }

    public static IEnumerable<ReadOutcome> Read(byte[] bytes, string where, CsvSettings settings, FieldMap map, string? defaultChannel, List<string>? notes = null,
        Domain.Feedback.Scores.ScoreScale? scale2 = null)
    {
        var (text, encoding) = TextDecoding.Decode(bytes, settings.Encoding);
        var delimiter = settings.Delimiter ?? DetectDelimiter(text);
        notes?.Add($"{where}: read as {encoding}, delimiter {Describe(delimiter)}.");
        using var parser = new CsvParser(new StringReader(text), Config(delimiter));

        string[]? header = null;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var mapped = new List<(string Part, int Index)>();
        var headerIndexes = new HashSet<int>();
        var recordNumber = 0;
        var skipAfter = settings.SkipRowsAfterHeader;
        long lastRawRow = 0;
        while (parser.Read())
        {
            recordNumber++;
            var line = (int)lastRawRow + 1;
            lastRawRow = parser.RawRow;
            var record = parser.Record ?? [];
            if (header is null)
            {
                if (recordNumber < settings.HeaderRow) continue;
                header = UniqueNames(record);
                for (var i = 0; i < header.Length; i++) columns.TryAdd(header[i], i);
                foreach (var (part, name) in map.Mapped())
                {
                    if (!columns.TryGetValue(name, out var index))
                        throw new SourceUnreadable(where, $"the {part} column '{name}' is not in the header on line {line} (columns: {string.Join(", ", header.Take(30))}).");
                    mapped.Add((part, index));
                    headerIndexes.Add(index);
                }
                continue;
            }
            if (skipAfter > 0) { skipAfter--; continue; }
            if (record.All(string.IsNullOrWhiteSpace)) continue;

            var at = $"line {line}";
            // Spreadsheets often leave empty cells past the last column; only real extra values make a row ragged.
            var count = record.Length;
            while (count > header.Length && string.IsNullOrWhiteSpace(record[count - 1])) count--;
            if (count != header.Length)
            {
                yield return ReadOutcome.Rejected($"{where}, {at}", null, $"{count} values where the header has {header.Length}; the row was not imported.");
                continue;
            }
            string? Get(string part)
            {
                foreach (var (p, index) in mapped) if (p == part) return record[index];
                return null;
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                if (!headerIndexes.Contains(i) && !string.IsNullOrWhiteSpace(record[i])) fields[header[i]] = record[i];
            // A second score column (CSAT beside NPS) stands in, on its own scale, when the first is blank.
            var score = Get("score");
            Domain.Feedback.Scores.ScoreScale? scale = null;
            if (string.IsNullOrWhiteSpace(score) && scale2 is not null && Get("score2") is { Length: > 0 } second) (score, scale) = (second, scale2);
            yield return ReadOutcome.Of(new FeedbackDraft($"{where}, {at}", Get("id"), Get("title"), Get("text"), score, Get("date"),
                Get("author"), Get("contact"), string.IsNullOrWhiteSpace(Get("channel")) ? defaultChannel : Get("channel"), Get("url"), fields, scale));
        }
        if (header is null) throw new SourceUnreadable(where, settings.HeaderRow > 1 ? $"the file has fewer than {settings.HeaderRow} rows, so there is no header row." : "the file is empty.");
    }

    /// <summary>What the wizard shows: the rows as they will be read with these settings, and what was detected.</summary>
    public static CsvPreview Preview(byte[] bytes, CsvSettings settings, int rows = 8)
    {
        var (text, encoding) = TextDecoding.Decode(bytes, settings.Encoding);
        var delimiter = settings.Delimiter ?? DetectDelimiter(text);
        using var parser = new CsvParser(new StringReader(text), Config(delimiter));
        var raw = new List<IReadOnlyList<string>>();
        var data = new List<CsvRow>();
        string[] header = [];
        var recordNumber = 0;
        long lastRawRow = 0;
        var skip = settings.SkipRowsAfterHeader;
        while (parser.Read() && data.Count < rows)
        {
            recordNumber++;
            var line = (int)lastRawRow + 1;
            lastRawRow = parser.RawRow;
            var record = parser.Record ?? [];
            if (raw.Count < 6) raw.Add(record);
            if (recordNumber < settings.HeaderRow) continue;
            if (recordNumber == settings.HeaderRow) { header = UniqueNames(record); continue; }
            if (skip > 0) { skip--; continue; }
            data.Add(new CsvRow(line, record));
        }
        return new CsvPreview(TextDecoding.Describe(TextDecoding.Detect(bytes, settings.Encoding).Encoding), delimiter, header, data,
            SuggestSkip(raw, settings.HeaderRow), raw);
    }

    /// <summary>
    /// Survey exports (Qualtrics and the like) put the question wording in the row after the column ids and
    /// <c>{"ImportId":…}</c> in the one after that: both are headers, not answers.
    /// </summary>
    public static int SuggestSkip(IReadOnlyList<IReadOnlyList<string>> raw, int headerRow)
    {
        var skip = 0;
        for (var i = headerRow; i < raw.Count && i <= headerRow + 2; i++)
        {
            if (raw[i].Any(v => v.TrimStart().StartsWith("{\"ImportId\"", StringComparison.Ordinal))) skip = i - headerRow + 1;
        }
        return skip;
    }

    public static char DetectDelimiter(string text)
    {
        // Count each candidate outside quotes on the first lines; the one with the same non-zero count on most lines wins.
        var counts = Candidates.ToDictionary(c => c, _ => new List<int>());
        var current = Candidates.ToDictionary(c => c, _ => 0);
        var quoted = false;
        var lines = 0;
        for (var i = 0; i < text.Length && lines < 30 && i < 200_000; i++)
        {
            var ch = text[i];
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == '\n')
            {
                foreach (var c in Candidates) { counts[c].Add(current[c]); current[c] = 0; }
                lines++;
            }
            else if (!quoted && current.ContainsKey(ch)) current[ch]++;
        }
        if (lines < 30) foreach (var c in Candidates) if (current[c] > 0) counts[c].Add(current[c]);
        var best = ',';
        var bestScore = 0.0;
        foreach (var c in Candidates)
        {
            var list = counts[c].Where(n => n > 0).ToList();
            if (list.Count == 0) continue;
            var mode = list.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            var score = mode.Count() + Math.Min(mode.Key, 10) / 100.0;
            if (score > bestScore) (best, bestScore) = (c, score);
        }
        return best;
    }

    private static CsvConfiguration Config(char delimiter) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter.ToString(),
        HasHeaderRecord = false,
        // A stray quote inside an unquoted value is kept as written rather than failing the file.
        BadDataFound = null,
        MissingFieldFound = null,
        IgnoreBlankLines = true,
        DetectDelimiter = false,
        TrimOptions = TrimOptions.None,
    };

    private static string[] UniqueNames(string[] record)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = new string[record.Length];
        for (var i = 0; i < record.Length; i++)
        {
            var name = record[i].Trim();
            if (name.Length == 0) name = $"Column {i + 1}";
            if (seen.TryGetValue(name, out var n)) { seen[name] = n + 1; name = $"{name} ({n + 1})"; }
            else seen[name] = 1;
            names[i] = name;
        }
        return names;
    }

    public static string Describe(char delimiter) => delimiter switch { '\t' => "tab", ',' => "comma", ';' => "semicolon", '|' => "pipe", _ => $"'{delimiter}'" };
}
