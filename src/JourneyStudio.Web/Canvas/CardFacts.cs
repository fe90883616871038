using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Web.Canvas;

/// <summary>How a card's facts read to people: the same on the canvas, in the detail panel and in exports.</summary>
public static class CardFacts
{
    public static CardColour ColourOf(Card card) => card.Colour ?? card.Kind switch
    {
        CardKind.Touchpoint => CardColour.Blue,
        CardKind.PainPoint => CardColour.Red,
        _ => CardColour.Yellow,
    };

    public static string Kpis(KpiTargets k) => string.Join(" · ", new[]
    {
        k.Nps is { } n ? $"NPS {n:+0;-0;0}" : null,
        k.Csat is { } c ? $"CSAT {c:0.#}" : null,
        k.Ces is { } e ? $"CES {e:0.#}" : null,
    }.Where(s => s is not null));

    public static string StatusOf(PainPointStatus status) => status == PainPointStatus.InProgress ? "In progress" : status.ToString();
}
