using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

internal static class CardStyle
{
    public static CardColour? CheckColour(CardColour? colour) =>
        colour is { } c && !Enum.IsDefined(c) ? throw new DomainRuleViolation("colour", $"'{c}' is not a card colour.") : colour;

    public static IReadOnlyList<string> CleanTags(IReadOnlyList<string>? tags)
    {
        var clean = (tags ?? []).Select((t, i) => Guard.Text(t, $"tags[{i}]", Limits.Tag))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (clean.Count > Limits.Tags)
            throw new DomainRuleViolation("tags", $"A card can have at most {Limits.Tags} tags; got {clean.Count}.");
        return clean;
    }
}
