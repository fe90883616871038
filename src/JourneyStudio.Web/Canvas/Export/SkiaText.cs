using System.Collections.Concurrent;
using SkiaSharp;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>
/// Measures and draws text with the first installed face of the export's font stack, falling back per character to
/// whatever installed font has the glyph (★, →, accented and non-Latin text), as a browser would.
/// </summary>
public static class SkiaText
{
    // The SVG's stack, so that both exports look alike, then the face most Linux servers have.
    private static readonly string[] Families = ["Arial", "Helvetica", "Liberation Sans", "Arimo", "DejaVu Sans"];

    private static readonly Lazy<SKTypeface> Regular = new(() => Match(SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> Bold = new(() => Match(SKFontStyle.Bold));
    private static readonly ConcurrentDictionary<(int CodePoint, bool Bold), SKTypeface> Fallbacks = new();

    /// <summary>The width of regular-weight text: the layout's measure for PNG exports.</summary>
    public static float Measure(string text, float size) => Width(text, size, false);

    public static float Width(string text, float size, bool bold)
    {
        var width = 0f;
        foreach (var run in Runs(text, bold))
        {
            using var font = Font(run.Face, size);
            width += font.MeasureText(run.Text);
        }
        return width;
    }

    public static void Draw(SKCanvas canvas, string text, float x, float y, float size, bool bold, SKPaint paint)
    {
        foreach (var run in Runs(text, bold))
        {
            using var font = Font(run.Face, size);
            canvas.DrawText(run.Text, x, y, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run.Text);
        }
    }

    private static SKFont Font(SKTypeface face, float size) =>
        new(face, size) { Edging = SKFontEdging.Antialias, Subpixel = true, Hinting = SKFontHinting.Slight };

    /// <summary>The text cut into runs that one face can draw.</summary>
    private static IEnumerable<(string Text, SKTypeface Face)> Runs(string text, bool bold)
    {
        var primary = bold ? Bold.Value : Regular.Value;
        using var probe = new SKFont(primary);
        var start = 0;
        SKTypeface? current = null;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = probe.ContainsGlyph(rune.Value) ? primary : Fallback(rune.Value, bold);
            if (current is not null && face != current)
            {
                yield return (text[start..index], current);
                start = index;
            }
            current = face;
            index += rune.Utf16SequenceLength;
        }
        if (current is not null) yield return (text[start..], current);
    }

    private static SKTypeface Fallback(int codePoint, bool bold) =>
        Fallbacks.GetOrAdd((codePoint, bold), key => SKFontManager.Default.MatchCharacter(
            null, key.Bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright, null, key.CodePoint)
            ?? (bold ? Bold.Value : Regular.Value));

    private static SKTypeface Match(SKFontStyle style) =>
        Families.Select(f => SKFontManager.Default.MatchFamily(f, style)).FirstOrDefault(t => t is not null)
        ?? SKTypeface.FromFamilyName("sans-serif", style) ?? SKTypeface.Default;
}
