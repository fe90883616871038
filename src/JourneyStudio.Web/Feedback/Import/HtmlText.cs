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
        if (!string.IsNullOrWhiteSpace(exclude) && element.QuerySelector(exclude) is not null)
        {
            var copy = (IElement)element.Clone(deep: true);
            foreach (var e in copy.QuerySelectorAll(exclude).ToList()) e.Remove();
            element = copy;
        }
        var text = new StringBuilder();
        Append(element, text);
        return string.Join('\n', text.ToString().Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0));
    }

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
