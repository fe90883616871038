namespace JourneyStudio.Domain.Maps;

/// <summary>An item in one cell. Kind-specific details live in the facet that matches <see cref="Kind"/>.</summary>
public sealed record Card
{
    public required Guid Id { get; init; }
    public required Guid StageId { get; init; }
    public required Guid LaneId { get; init; }
    public required CardKind Kind { get; init; }
    public required string Text { get; init; }
    public required string OrderKey { get; init; }
    public CardColour? Colour { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public TouchpointFacet? Touchpoint { get; init; }
    public int? EmotionScore { get; init; }
    public PainPointFacet? PainPoint { get; init; }

    public static Card New(Guid id, Guid stageId, Guid laneId, CardKind kind, string text, string orderKey,
        CardColour? colour, IReadOnlyList<string> tags, DateTimeOffset at) => new()
    {
        Id = id, StageId = stageId, LaneId = laneId, Kind = kind, Text = text, OrderKey = orderKey,
        Colour = colour, Tags = tags,
        Touchpoint = kind == CardKind.Touchpoint ? TouchpointFacet.Empty : null,
        EmotionScore = kind == CardKind.Emotion ? 0 : null,
        PainPoint = kind == CardKind.PainPoint ? PainPointFacet.New(at) : null,
    };

    public Guid? OwnerDepartmentId => Touchpoint?.OwnerDepartmentId ?? PainPoint?.OwnerDepartmentId;

    public string Label => Text.Length <= 48 ? Text : Text[..47] + "…";
}

public sealed record TouchpointFacet(
    string? Channel,
    Guid? OwnerDepartmentId,
    KpiTargets Kpis,
    MomentOfTruth? MomentOfTruth,
    IReadOnlyList<FeedbackRule> FeedbackRules)
{
    public static readonly TouchpointFacet Empty = new(null, null, KpiTargets.None, null, []);
}

/// <summary>Targets a touchpoint is held to: NPS −100..100, CSAT 1–5, CES 1–7.</summary>
public sealed record KpiTargets(int? Nps, decimal? Csat, decimal? Ces)
{
    public static readonly KpiTargets None = new(null, null, null);
}

public sealed record MomentOfTruth(string Reason, string TaggedBy, DateTimeOffset TaggedAt);

public enum FeedbackRuleKind { Phrase, FieldEquals, Channel, UrlPattern }

/// <summary>How feedback is matched to a touchpoint; <see cref="Field"/> is used by <see cref="FeedbackRuleKind.FieldEquals"/> only.</summary>
public sealed record FeedbackRule(FeedbackRuleKind Kind, string Value, string? Field = null);

public sealed record PainPointFacet(
    int Severity,
    PainPointStatus Status,
    Guid? OwnerDepartmentId,
    IReadOnlyList<Guid> ConcernsTouchpointIds,
    DateTimeOffset StatusSince,
    DateTimeOffset? ResolvedAt)
{
    public static PainPointFacet New(DateTimeOffset at) => new(3, PainPointStatus.Open, null, [], at, null);

    /// <summary>Feedback items linked as evidence, oldest link first. Kept outside the constructor so maps stored before evidence links read back with none.</summary>
    public IReadOnlyList<Guid> EvidenceItemIds { get; init; } = [];
}
