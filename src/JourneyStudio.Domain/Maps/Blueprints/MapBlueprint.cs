namespace JourneyStudio.Domain.Maps.Blueprints;

/// <summary>
/// A map described by keys instead of ids: what templates, seed files and duplicates have in common.
/// <see cref="BlueprintPlanner"/> turns it into ordinary commands, so it is checked by the same rules as hand edits.
/// </summary>
public sealed record MapBlueprint(
    string Title,
    MapState State,
    Guid? PersonaId,
    string? Scenario,
    string? BrandPromise,
    IReadOnlyList<BlueprintStage> Stages,
    IReadOnlyList<BlueprintLane> Lanes,
    IReadOnlyList<BlueprintCard> Cards,
    IReadOnlyList<BlueprintHandoff> Handoffs);

public sealed record BlueprintStage(string Key, string Name);

public sealed record BlueprintLane(string Key, string Name, LaneKind Kind);

public sealed record BlueprintCard(string Key, string Stage, string Lane, string Text)
{
    public CardColour? Colour { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Channel { get; init; }
    public Guid? OwnerDepartmentId { get; init; }
    public KpiTargets? Kpis { get; init; }
    public string? MomentOfTruth { get; init; }
    public IReadOnlyList<FeedbackRule> Rules { get; init; } = [];
    public int? Score { get; init; }
    public int? Severity { get; init; }
    public PainPointStatus? Status { get; init; }
    public IReadOnlyList<string> Concerns { get; init; } = [];
}

public sealed record BlueprintHandoff(string From, string To, string? Label);
