using System.Globalization;
using JourneyStudio.Domain.Heat;

namespace JourneyStudio.Web.Heat.Components;

/// <summary>How figures read on the canvas: the CSS class of their colour step or hatching, and their short and long words.</summary>
public static class HeatCss
{
    public static string Class(FiguresView f) => f.Step is { } step ? $"heat-step-{step}" : f.Hatched ? "heat-hatched" : "heat-none";

    public static string Badge(FiguresView f) => f.Evidence switch
    {
        EvidenceLevel.Sufficient => $"Pain {Number(f.PainIndex)}",
        EvidenceLevel.Insufficient => $"{f.Volume}/{f.EvidenceMinimum} items",
        _ => "No feedback",
    };

    public static string Summary(FiguresView f) => f.Evidence == EvidenceLevel.None
        ? "no feedback in this window"
        : $"pain index {Number(f.PainIndex)}; {f.EvidenceText}";

    public static string Number(double? value, string format = "0") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Percent(double? value) => value is { } v ? (100 * v).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";
}
