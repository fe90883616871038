using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>The canvas's colours (wwwroot-shared/css/tokens.css and base.css) for renderers that cannot read CSS.</summary>
public static class ExportTheme
{
    /// <summary>
    /// Not the canvas's system-ui stack: an SVG's text is laid out by whoever opens it, so the export names the faces
    /// whose widths the layout assumed (Arial's, shared by Helvetica, Liberation Sans and Arimo), found on nearly every system.
    /// </summary>
    public const string FontFamily = "Arial, Helvetica, 'Liberation Sans', Arimo, sans-serif";

    public const string Background = "#f5f6fa", Surface = "#ffffff", SurfaceSunken = "#eef0f5", Line = "#e1e4ec", LineStrong = "#c9cedb";
    public const string Ink = "#1b1f2a", InkMuted = "#5b6275", InkFaint = "#8a91a3", OnAccent = "#ffffff";
    public const string Accent = "#4f46e5", AccentStrong = "#4338ca", AccentSoft = "#eceafd", AccentPale = "#c7d2fe";
    public const string WarningSoft = "#fef0c7", MomentOfTruth = "#a15c07";
    public const string EmotionTop = "#f3fbf6", EmotionBottom = "#fdf3f2";

    public static (string Fill, string Edge) Sticky(CardColour colour) => colour switch
    {
        CardColour.Yellow => ("#fff4bf", "#f2c94c"),
        CardColour.Orange => ("#ffe3c7", "#f2994a"),
        CardColour.Red => ("#ffd9d6", "#eb5757"),
        CardColour.Pink => ("#fde2f1", "#e86fb0"),
        CardColour.Purple => ("#ebe3ff", "#9b7bf0"),
        CardColour.Blue => ("#dceaff", "#4f8ef7"),
        CardColour.Teal => ("#d4f5f1", "#2bb5a5"),
        CardColour.Green => ("#dcf5dc", "#4caf6a"),
        _ => ("#eceef2", "#9aa1b1"),
    };

    public static readonly IReadOnlyList<string> Severities = ["#fedf89", "#fdb022", "#f79009", "#e04f16", "#b42318"];

    public static string Severity(int level) => Severities[Math.Clamp(level, 1, 5) - 1];

    public static (string Fill, string Ink) Status(PainPointStatus status) => status switch
    {
        PainPointStatus.Open => ("#fee4e2", "#b42318"),
        PainPointStatus.Acknowledged => (WarningSoft, "#b54708"),
        PainPointStatus.InProgress => ("#e0f2fe", "#075985"),
        PainPointStatus.Resolved => ("#dcfae6", "#067647"),
        _ => ("#067647", "#ffffff"),
    };

    public static (string Fill, string Ink) State(MapState state) =>
        state == MapState.Future ? ("#f3e8ff", "#6b21a8") : ("#e0f2fe", "#075985");

    public static string Emotion(int score) => score > 0 ? "#12b76a" : score < 0 ? "#d92d20" : "#8a91a3";

    public static string LaneAccent(LaneKind kind) => kind switch
    {
        LaneKind.Touchpoints => Accent,
        LaneKind.Emotions => Emotion(1),
        LaneKind.PainPoints => Severity(4),
        LaneKind.Opportunities => Sticky(CardColour.Green).Edge,
        LaneKind.Thoughts => Sticky(CardColour.Purple).Edge,
        LaneKind.Backstage or LaneKind.SupportProcesses => Sticky(CardColour.Grey).Edge,
        LaneKind.Metrics => Sticky(CardColour.Teal).Edge,
        _ => LineStrong,
    };
}
