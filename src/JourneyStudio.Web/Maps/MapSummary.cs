using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Web.Maps;

/// <summary>The map list's read model, written in the same transaction as each change to the map.</summary>
public sealed record MapSummary
{
    public Guid Id { get; init; }
    public Guid WorkspaceId { get; init; }
    public string Title { get; init; } = "";
    public MapState State { get; init; }
    public Guid? PersonaId { get; init; }
    public string Scenario { get; init; } = "";
    public Guid? CounterpartMapId { get; init; }
    public string? CreatedFrom { get; init; }
    public bool Archived { get; init; }
    public int Version { get; init; }
    public int Stages { get; init; }
    public int Lanes { get; init; }
    public int Cards { get; init; }
    public int OpenPainPoints { get; init; }
    public int MomentsOfTruth { get; init; }
    public IReadOnlyList<double> EmotionByStage { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; init; }
    public string UpdatedBy { get; init; } = "";

    public static MapSummary Of(JourneyMap map) => new()
    {
        Id = map.Id, WorkspaceId = map.WorkspaceId, Title = map.Title, State = map.State, PersonaId = map.PersonaId,
        Scenario = map.Scenario, CounterpartMapId = map.CounterpartMapId, CreatedFrom = map.CreatedFrom,
        Archived = map.Archived, Version = map.Version, Stages = map.Stages.Count, Lanes = map.Lanes.Count,
        Cards = map.Cards.Count,
        OpenPainPoints = map.Cards.Count(c => c.PainPoint is { Status: < PainPointStatus.Resolved }),
        MomentsOfTruth = map.Cards.Count(c => c.Touchpoint?.MomentOfTruth is not null),
        EmotionByStage = map.OrderedStages
            .Select(s => map.Cards.Where(c => c.StageId == s.Id && c.EmotionScore is not null).Select(c => (double)c.EmotionScore!.Value).DefaultIfEmpty(0).Average())
            .ToList(),
        UpdatedAt = map.UpdatedAt, UpdatedBy = map.UpdatedBy,
    };
}
