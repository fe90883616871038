namespace JourneyStudio.Domain.Maps.Editing;

internal enum ElementKind { Details, Stage, Lane, Card, Handoff }

/// <summary>One thing on a map that a change can touch; the map's title, persona, scenario and promise count as one.</summary>
internal sealed record MapElement(ElementKind Kind, Guid Id)
{
    public static readonly MapElement Details = new(ElementKind.Details, Guid.Empty);

    public bool ExistsIn(JourneyMap map) => Kind switch
    {
        ElementKind.Stage => map.FindStage(Id) is not null,
        ElementKind.Lane => map.FindLane(Id) is not null,
        ElementKind.Card => map.FindCard(Id) is not null,
        ElementKind.Handoff => map.FindHandoff(Id) is not null,
        _ => true,
    };

    /// <summary>
    /// Whether the element is the same in both maps: equal by value, or absent from both because of the same
    /// removal (an element revived and removed again by someone else is not the removal this change made).
    /// </summary>
    public bool SameIn(JourneyMap a, JourneyMap b) => Kind switch
    {
        ElementKind.Details => (a.Title, a.PersonaId, a.Scenario, a.BrandPromise) == (b.Title, b.PersonaId, b.Scenario, b.BrandPromise),
        ElementKind.Stage => Equals(a.FindStage(Id), b.FindStage(Id)) && SameRemoval(a, b),
        ElementKind.Lane => Equals(a.FindLane(Id), b.FindLane(Id)) && SameRemoval(a, b),
        ElementKind.Card => CardComparer.Same(a.FindCard(Id), b.FindCard(Id)) && SameRemoval(a, b),
        _ => Equals(a.FindHandoff(Id), b.FindHandoff(Id)) && SameRemoval(a, b),
    };

    /// <summary>
    /// The ids of what removing this element takes along: a stage's or lane's cards; a card's handoffs and the
    /// pain points that concern it. Undoing an addition removes the element, so these must all still be as left.
    /// </summary>
    public IReadOnlySet<Guid> DependentsIn(JourneyMap map) => Kind switch
    {
        ElementKind.Stage => map.Cards.Where(c => c.StageId == Id).Select(c => c.Id).ToHashSet(),
        ElementKind.Lane => map.Cards.Where(c => c.LaneId == Id).Select(c => c.Id).ToHashSet(),
        ElementKind.Card => map.Handoffs.Where(h => h.FromCardId == Id || h.ToCardId == Id).Select(h => h.Id)
            .Concat(map.Cards.Where(c => c.PainPoint is { } p && p.ConcernsTouchpointIds.Contains(Id)).Select(c => c.Id))
            .ToHashSet(),
        _ => new HashSet<Guid>(),
    };

    /// <summary>How a person would name the element ("the note 'Card declined'"), or null when it is not on the map.</summary>
    public string? DescribeIn(JourneyMap map) => Kind switch
    {
        ElementKind.Details => "the map's details",
        ElementKind.Stage => map.FindStage(Id) is { } s ? $"the stage '{s.Name}'" : null,
        ElementKind.Lane => map.FindLane(Id) is { } l ? $"the lane '{l.Name}'" : null,
        ElementKind.Card => map.FindCard(Id) is { } c ? $"{Article(c.Kind)} '{c.Label}'" : null,
        _ => map.FindHandoff(Id) is { } h ? DescribeHandoff(h, map) : null,
    };

    private bool SameRemoval(JourneyMap a, JourneyMap b) =>
        Equals(a.Removed.GetValueOrDefault(Id), b.Removed.GetValueOrDefault(Id));

    private static string DescribeHandoff(Handoff h, JourneyMap map) => h.Label.Length > 0
        ? $"the handoff '{h.Label}'"
        : $"the handoff from '{map.FindCard(h.FromCardId)?.Label}' to '{map.FindCard(h.ToCardId)?.Label}'";

    private static string Article(CardKind kind) => kind switch
    {
        CardKind.Touchpoint => "the touchpoint",
        CardKind.Emotion => "the emotion",
        CardKind.PainPoint => "the pain point",
        _ => "the note",
    };
}
