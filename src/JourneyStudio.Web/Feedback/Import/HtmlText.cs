using System.Text;
using AngleSharp.Dom;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// The words of a piece of HTML as a reader sees them. A page's markup often has no white space between its
/// paragraphs (<c>&lt;p&gt;…&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;</c>), so the DOM's own text would run sentences together
/// ("…the team.We're…"), which matching phrases and scoring sentiment then read as one word: block elements and
/// <c>&lt;br&gt;</c> end a line here, and runs of white space within a line become one space.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "td",
        "th", "tr", "ul",
    };

    private static readonly HashSet<string> Unread = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript" };

    /// <summary>The element's text, one line per block, leaving out whatever matches <paramref name="exclude"/> (a reply inside a review).</summary>
    public static string Of(IElement element, string? exclude)
    {
        var text = new StringBuilder();
        Append(Without(element, exclude), text);
        return Lines(text.ToString());
    }

    /// <summary>
    /// The DOM's own text content, blocks run together where the markup has no space between them: how every value was
    /// read until December 2026. Short values (a title, an author, a date, a score) are still read so, and a review's
    /// text is hashed so for its key: an item without an external id is keyed by a hash of those values, and reading
    /// them differently would import the items stored before a second time.
    /// </summary>
    public static string Flat(IElement element, string? exclude) => Lines(Without(element, exclude).TextContent);

    private static IElement Without(IElement element, string? exclude)
    {
        if (string.IsNullOrWhiteSpace(exclude) || element.QuerySelector(exclude) is null) return element;
        var copy = (IElement)element.Clone(deep: true);
        foreach (var e in copy.QuerySelectorAll(exclude).ToList()) e.Remove();
        return copy;
    }

    private static string Lines(string text) => string.Join('\n', text.Split('\n')
        .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        .Where(l => l.Length > 0));

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when Unread.Contains(e.LocalName):
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append('\n');
                    Append(e, text);
                    text.Append('\n');
                    break;
                case IElement e:
                    Append(e, text);
                    break;
            }
        }
    }
}
