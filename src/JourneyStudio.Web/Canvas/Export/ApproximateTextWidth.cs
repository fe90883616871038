namespace JourneyStudio.Web.Canvas.Export;

/// <summary>
/// Text widths for an SVG, whose text the viewer lays out with the fonts it has: Arial's advance widths, which every
/// face of <see cref="ExportTheme.FontFamily"/> shares. The small allowance absorbs kerning and hinting differences.
/// </summary>
public static class ApproximateTextWidth
{
    private const float Allowance = 1.02f;

    // Advance widths of ASCII 32..126 in thousandths of an em (Helvetica's published metrics, which Arial shares).
    private static readonly short[] Ascii =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    public static float Measure(string text, float fontSize)
    {
        var thousandths = 0f;
        foreach (var rune in text.EnumerateRunes()) thousandths += Advance(rune.Value);
        return thousandths / 1000 * fontSize * Allowance;
    }

    private static float Advance(int c) => c switch
    {
        >= 32 and <= 126 => Ascii[c - 32],
        '…' or '—' or '→' or '★' => 1000,
        '·' or '‘' or '’' => 278,
        '–' or '£' or '€' or '−' => 584,
        // Wide scripts (CJK, Hangul) and emoji take a full em; accented Latin and the rest about an average letter.
        >= 0x2E80 => 1000,
        _ => 600,
    };
}
