using System.Globalization;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>
/// Fits text into widths with the measure of the renderer that will draw it (approximate glyph widths for SVG,
/// Skia's real ones for PNG), so both exports share one layout code path.
/// </summary>
public sealed class TextFitter(Func<string, float, float> measure)
{
    // The measurer knows one weight; bold sans-serif glyphs run about 7% wider than regular ones.
    private const float BoldFactor = 1.07f;
    private const string Ellipsis = "…";

    public float Width(string text, float size, bool bold = false) => measure(text, size) * (bold ? BoldFactor : 1);

    /// <summary>
    /// Word-wraps <paramref name="text"/> (keeping its line breaks) to <paramref name="maxWidth"/>; a word wider than a
    /// line is broken, and text beyond <paramref name="maxLines"/> ends in an ellipsis.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, float size, float maxWidth, bool bold = false, int maxLines = int.MaxValue, float firstLineIndent = 0)
    {
        var lines = new List<string>();
        float Room() => maxWidth - (lines.Count == 0 ? firstLineIndent : 0);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate, size, bold) <= Room()) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (Width(line, size, bold) > Room())
                {
                    var cut = FittingPrefix(line, size, bold, Room());
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        var kept = lines.SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToList();
        if (kept.Count <= maxLines) return kept;
        kept = kept.Take(maxLines).ToList();
        kept[^1] = WithEllipsis(kept[^1], size, bold, maxWidth - (kept.Count == 1 ? firstLineIndent : 0));
        return kept;
    }

    /// <summary>One line: the text itself if it fits, otherwise as much as fits followed by an ellipsis.</summary>
    public string Truncate(string text, float size, float maxWidth, bool bold = false) =>
        Width(text, size, bold) <= maxWidth ? text : WithEllipsis(text, size, bold, maxWidth);

    private string WithEllipsis(string text, float size, bool bold, float maxWidth)
    {
        var cut = FittingPrefix(text, size, bold, maxWidth - Width(Ellipsis, size, bold));
        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>The longest prefix (on text-element boundaries, so no surrogate pair is split) that fits; at least one element.</summary>
    private int FittingPrefix(string text, float size, bool bold, float maxWidth)
    {
        var starts = StringInfo.ParseCombiningCharacters(text);
        int low = 1, high = starts.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            var end = mid < starts.Length ? starts[mid] : text.Length;
            if (Width(text[..end], size, bold) <= maxWidth) low = mid; else high = mid - 1;
        }
        return low < starts.Length ? starts[low] : text.Length;
    }
}
