using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Feedback.Sources;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// RSS 2.0 and Atom feeds (app-store review feeds among them). XML is read with DTD processing prohibited and no
/// resolver, so a feed that declares entities (the "billion laughs") is refused, never expanded. Entries give the
/// id, title, content (HTML in it becomes text), date, author and link; a child element named <c>rating</c> in any
/// namespace (<c>im:rating</c>) is the score unless the source names another; other simple child elements are kept
/// as fields. Pages are followed through <c>&lt;link rel="next"&gt;</c> (Atom, or atom:link in RSS).
/// </summary>
public sealed class FeedFeedbackReader : IFeedbackReader
{
    public static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 50_000_000,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(ReadContext context, [EnumeratorCancellation] CancellationToken ct)
    {
        var source = context.Source;
        var url = context.SourceUrl;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= Math.Max(1, source.MaxPages); page++)
        {
            if (!visited.Add(url.AbsoluteUri)) break;
            var doc = await context.FetchAsync(url, ct);
            yield return ReadOutcome.PageRead(doc.Url.ToString());
            var (entries, next) = ReadPage(doc.Body, doc.Url, source, page == 1);
            foreach (var outcome in entries) yield return outcome;
            if (next is null) break;
            if (page == source.MaxPages) { context.Notes.Add($"Stopped after {Words.Count(source.MaxPages, "page")}, the source's limit; {next} was not read."); break; }
            url = next;
        }
    }

    /// <exception cref="SourceUnreadable">The first page is not a feed at all; later bad pages become rejections.</exception>
    public static (IReadOnlyList<ReadOutcome> Outcomes, Uri? Next) ReadPage(byte[] body, Uri pageUrl, FeedbackSource source, bool firstPage)
    {
        XDocument xml;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), Safe);
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var reason = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? $"the feed declares a DTD (<!DOCTYPE …>), which is refused: its entities could expand without bound (line {e.LineNumber}). Nothing from this page was imported."
                : $"not well-formed XML at line {e.LineNumber}, position {e.LinePosition}: {e.Message.Split(" Line ")[0]}";
            if (firstPage) throw new SourceUnreadable(pageUrl.ToString(), reason);
            return ([ReadOutcome.Rejected(pageUrl.ToString(), null, reason)], null);
        }
        var root = xml.Root!;
        var isAtom = root.Name.LocalName == "feed";
        var entries = isAtom
            ? root.Elements().Where(e => e.Name.LocalName == "entry")
            : root.Descendants().Where(e => e.Name.LocalName == "item");
        if (!isAtom && root.Name.LocalName is not ("rss" or "RDF"))
        {
            var reason = $"<{root.Name.LocalName}> is neither an RSS nor an Atom feed.";
            if (firstPage) throw new SourceUnreadable(pageUrl.ToString(), reason);
            return ([ReadOutcome.Rejected(pageUrl.ToString(), null, reason)], null);
        }
        var outcomes = new List<ReadOutcome>();
        var n = 0;
        foreach (var entry in entries)
        {
            n++;
            var line = ((IXmlLineInfo)entry).LineNumber;
            outcomes.Add(ReadOutcome.Of(isAtom ? Atom(entry, pageUrl, n, line, source) : Rss(entry, pageUrl, n, line, source)));
        }
        var channel = isAtom ? root : root.Element("channel") ?? root;
        var nextHref = channel.Elements().FirstOrDefault(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") == "next")?.Attribute("href")?.Value;
        return (outcomes, nextHref is not null && Uri.TryCreate(pageUrl, nextHref, out var next) ? next : null);
    }

    private static FeedbackDraft Atom(XElement entry, Uri pageUrl, int n, int line, FeedbackSource source)
    {
        // Apple's feed repeats the text as HTML in a second <content>; the plain one is preferred.
        var content = entry.Elements().FirstOrDefault(c => c.Name.LocalName == "content" && (string?)c.Attribute("type") is null or "text")
                      ?? Child(entry, "content") ?? Child(entry, "summary");
        var html = content is not null && (string?)content.Attribute("type") is "html" or "xhtml" ? InnerXmlOrValue(content) : null;
        var text = html is not null ? HtmlToText(html) : content?.Value;
        var link = entry.Elements().Where(e => e.Name.LocalName == "link")
            .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        return Draft(entry, pageUrl, n, line, source, id: Value(entry, "id"), title: Value(entry, "title"), text: text, keyText: html is null ? null : HtmlToKeyText(html),
            date: Value(entry, "updated") ?? Value(entry, "published"), author: Child(entry, "author") is { } a ? Value(a, "name") ?? a.Value : null,
            link: link, skip: ["id", "title", "content", "summary", "updated", "published", "author", "link"]);
    }

    private static FeedbackDraft Rss(XElement item, Uri pageUrl, int n, int line, FeedbackSource source)
    {
        var description = Value(item, "encoded") ?? Value(item, "description");
        return Draft(item, pageUrl, n, line, source, id: Value(item, "guid") ?? Value(item, "link"), title: Value(item, "title"),
            text: description is null ? null : HtmlToText(description), keyText: description is null ? null : HtmlToKeyText(description),
            date: Value(item, "pubDate") ?? Value(item, "date"),
            author: Value(item, "creator") ?? Value(item, "author"), link: Value(item, "link"),
            skip: ["guid", "title", "description", "encoded", "pubDate", "date", "creator", "author", "link"]);
    }

    private static FeedbackDraft Draft(XElement entry, Uri pageUrl, int n, int line, FeedbackSource source, string? id, string? title, string? text,
        string? keyText, string? date, string? author, string? link, string[] skip)
    {
        var map = source.Fields;
        var scoreElement = string.IsNullOrWhiteSpace(map.Score) ? "rating" : LocalName(map.Score);
        var fields = new Dictionary<string, string>();
        foreach (var child in entry.Elements())
        {
            var name = child.Name.LocalName;
            if (skip.Contains(name) || child.HasElements || name == scoreElement) continue;
            var value = child.Value.Trim();
            if (value.Length == 0) value = child.Attribute("label")?.Value ?? child.Attribute("term")?.Value ?? "";
            // Repeated elements (several <category>) keep every value.
            if (value.Length > 0) fields[name] = fields.TryGetValue(name, out var earlier) ? earlier + " | " + value : value;
        }
        string? Mapped(string? name, string? usual) => string.IsNullOrWhiteSpace(name) ? usual : Value(entry, LocalName(name)) ?? usual;
        return new FeedbackDraft($"{pageUrl}, entry {n} (line {line})",
            Mapped(map.ExternalId, id), Mapped(map.Title, title), Mapped(map.Text, text), Value(entry, scoreElement), Mapped(map.Date, date),
            Mapped(map.Author, author), Mapped(map.Contact, null), Mapped(map.Channel, source.Channel),
            link is not null && Uri.TryCreate(pageUrl, link, out var u) ? u.ToString() : null, fields,
            KeyText: string.IsNullOrWhiteSpace(map.Text) ? keyText : null);
    }

    private static string LocalName(string name) => name.Contains(':') ? name[(name.IndexOf(':') + 1)..] : name;

    private static XElement? Child(XElement e, string localName) => e.Elements().FirstOrDefault(c => c.Name.LocalName == localName);

    private static string? Value(XElement e, string localName) => Child(e, localName)?.Value is { } v && v.Trim().Length > 0 ? v.Trim() : null;

    private static string InnerXmlOrValue(XElement e) => e.HasElements ? string.Concat(e.Nodes().Select(n => n.ToString())) : e.Value;

    public static string HtmlToText(string html) => Read(html, html, HtmlText.Of);

    /// <summary>The HTML's text as it was read until December 2026, which items without an external id are keyed by (see <see cref="HtmlText.Flat"/>).</summary>
    public static string HtmlToKeyText(string html) =>
        Read(html, html.Replace("<br>", "\n").Replace("<br/>", "\n").Replace("<br />", "\n"), HtmlText.Flat);

    private static string Read(string html, string markup, Func<IElement, string?, string> read) =>
        !html.Contains('<') && !html.Contains('&') ? html : read(new HtmlParser().ParseDocument("<body>" + markup + "</body>").Body!, null);
}
