using System.Runtime.CompilerServices;
using System.Text.Json;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Feedback.Sources;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// JSON endpoints: the items are the array at <see cref="JsonSettings.ItemsPath"/>; each part of an item comes from
/// its path in <see cref="FeedbackSource.Fields"/>, and every other scalar is kept as a field. Pagination follows a
/// next link (relative to the page), a cursor, or page numbers, up to the source's page limit. A page that is not
/// valid JSON (cut off, say) is refused with where the parser stopped; pages before it still import.
/// </summary>
public sealed class JsonFeedbackReader : IFeedbackReader
{
    public async IAsyncEnumerable<ReadOutcome> ReadAsync(ReadContext context, [EnumeratorCancellation] CancellationToken ct)
    {
        var source = context.Source;
        var settings = source.Json;
        var url = context.SourceUrl;
        var baseUrl = url;
        var page = settings.FirstPage;
        if (settings.Pagination == PaginationKind.Page) url = WithQuery(baseUrl, settings.PageParameter, page.ToString());
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var pages = 1; pages <= Math.Max(1, source.MaxPages); pages++)
        {
            if (!visited.Add(url.AbsoluteUri)) { context.Notes.Add($"{url}: already read; pagination stops here."); break; }
            var doc = await context.FetchAsync(url, ct);
            yield return ReadOutcome.PageRead(doc.Url.ToString());
            JsonDocument? json = null;
            string? reason = null;
            try { json = JsonDocument.Parse(doc.Body, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true }); }
            catch (JsonException e) { reason = Problem(e); }
            if (json is null)
            {
                if (pages == 1) throw new SourceUnreadable(doc.Url.ToString(), reason!);
                yield return ReadOutcome.Rejected(doc.Url.ToString(), null, reason!);
                break;
            }
            int count;
            string? nextValue;
            using (json)
            {
                var (outcomes, n) = Items(json.RootElement, settings.ItemsPath, doc.Url.ToString(), source, pages == 1);
                count = n;
                foreach (var o in outcomes) yield return o;
                nextValue = settings.Pagination switch
                {
                    PaginationKind.NextLink => JsonPath.Text(json.RootElement, settings.NextPath),
                    PaginationKind.Cursor => JsonPath.Text(json.RootElement, settings.CursorPath),
                    _ => null,
                };
            }
            Uri? next = settings.Pagination switch
            {
                PaginationKind.NextLink when !string.IsNullOrWhiteSpace(nextValue) => Uri.TryCreate(doc.Url, nextValue, out var n) ? n : null,
                PaginationKind.Cursor when !string.IsNullOrWhiteSpace(nextValue) => WithQuery(baseUrl, settings.CursorParameter, nextValue),
                PaginationKind.Page when count > 0 => WithQuery(baseUrl, settings.PageParameter, (++page).ToString()),
                _ => null,
            };
            if (next is null) break;
            if (pages == source.MaxPages) { context.Notes.Add($"Stopped after {Words.Count(source.MaxPages, "page")}, the source's limit; {next} was not read."); break; }
            url = next;
        }
    }

    public static string Problem(JsonException e) =>
        $"not valid JSON (cut off or malformed) at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].Trim()} Nothing from this page was imported.";

    /// <summary>The items of one JSON document (a page, or a webhook body), each as a draft or a rejection.</summary>
    public static (IReadOnlyList<ReadOutcome> Outcomes, int Count) Items(JsonElement root, string itemsPath, string where, FeedbackSource source, bool strict)
    {
        JsonElement? found;
        try { found = JsonPath.Find(root, itemsPath); }
        catch (FormatException e) { throw new SourceUnreadable(where, $"the items path is not valid: {e.Message}"); }
        if (found is not { } items)
        {
            var reason = $"nothing at the items path '{itemsPath}'.";
            if (strict) throw new SourceUnreadable(where, reason);
            return ([ReadOutcome.Rejected(where, null, reason)], 0);
        }
        var list = items.ValueKind == JsonValueKind.Array ? items.EnumerateArray().ToList() : [items];
        var outcomes = new List<ReadOutcome>(list.Count);
        var path = string.IsNullOrWhiteSpace(itemsPath) ? "$" : "$." + itemsPath.TrimStart('$', '.');
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var at = items.ValueKind == JsonValueKind.Array ? $"{where}, {path}[{i}]" : $"{where}, {path}";
            if (item.ValueKind != JsonValueKind.Object)
            {
                outcomes.Add(ReadOutcome.Rejected(at, null, $"an item must be a JSON object, not {item.ValueKind.ToString().ToLowerInvariant()}."));
                continue;
            }
            outcomes.Add(ReadOutcome.Of(Draft(item, at, source)));
        }
        return (outcomes, list.Count);
    }

    private static FeedbackDraft Draft(JsonElement item, string where, FeedbackSource source)
    {
        var map = source.Fields;
        var fields = JsonPath.Flatten(item);
        foreach (var (_, path) in map.Mapped()) fields.Remove(path.TrimStart('$', '.'));
        string? Get(string? path)
        {
            try { return JsonPath.Text(item, path); }
            catch (FormatException) { return null; }
        }
        var text = Get(map.Text);
        // Support tools send conversation bodies as HTML; stored feedback is text.
        var html = text is not null && LooksLikeHtml(text) ? text : null;
        return new FeedbackDraft(where, Get(map.ExternalId), Get(map.Title), html is null ? text : FeedFeedbackReader.HtmlToText(html), Get(map.Score) ?? Get(map.Score2),
            Get(map.Date), Get(map.Author), Get(map.Contact), Get(map.Channel) ?? source.Channel, Get(map.Url), fields,
            KeyText: html is null ? null : FeedFeedbackReader.HtmlToKeyText(html));
    }

    private static bool LooksLikeHtml(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"</?(p|br|div|span|b|i|em|strong|a|ul|ol|li|h[1-6])\b[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static Uri WithQuery(Uri url, string name, string value)
    {
        var builder = new UriBuilder(url);
        var query = System.Web.HttpUtility.ParseQueryString(builder.Query);
        query[name] = value;
        builder.Query = query.ToString();
        return builder.Uri;
    }
}
