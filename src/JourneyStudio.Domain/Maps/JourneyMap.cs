using JourneyStudio.Domain.Maps.Events;

namespace JourneyStudio.Domain.Maps;

/// <summary>
/// The journey-map aggregate: the state that decisions read, evolved one event at a time.
/// The same <see cref="Evolve"/> serves Marten's snapshot, past-version reads and live canvases.
/// </summary>
public sealed partial class JourneyMap
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid WorkspaceId { get; set; }
    public string Title { get; set; } = "";
    public MapState State { get; set; }
    public Guid? PersonaId { get; set; }
    public string Scenario { get; set; } = "";
    public string BrandPromise { get; set; } = "";
    public Guid? CounterpartMapId { get; set; }
    public string? CreatedFrom { get; set; }
    public bool Archived { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public List<Stage> Stages { get; set; } = [];
    public List<Lane> Lanes { get; set; } = [];
    public List<Card> Cards { get; set; } = [];
    public List<Handoff> Handoffs { get; set; } = [];
    public Dictionary<Guid, RemovedElement> Removed { get; set; } = [];

    public static JourneyMap Start(MapCreated e) => new()
    {
        Id = e.MapId, WorkspaceId = e.WorkspaceId, Title = e.Title, State = e.State, PersonaId = e.PersonaId,
        Scenario = e.Scenario, BrandPromise = e.BrandPromise, CreatedFrom = e.CreatedFrom,
        CreatedAt = e.At, UpdatedAt = e.At, UpdatedBy = e.By.Name, Version = 1,
    };

    /// <summary>Folds a whole stream (or a prefix of it) into a map.</summary>
    public static JourneyMap? Fold(IEnumerable<IMapEvent> events)
    {
        JourneyMap? map = null;
        foreach (var e in events) map = map is null ? Start((MapCreated)e) : map.Evolve(e);
        return map;
    }

    public IEnumerable<Stage> OrderedStages => Stages.OrderBy(s => s.OrderKey, StringComparer.Ordinal).ThenBy(s => s.Id);
    public IEnumerable<Lane> OrderedLanes => Lanes.OrderBy(l => l.OrderKey, StringComparer.Ordinal).ThenBy(l => l.Id);

    public IEnumerable<Card> CardsIn(Guid stageId, Guid laneId) => Cards
        .Where(c => c.StageId == stageId && c.LaneId == laneId)
        .OrderBy(c => c.OrderKey, StringComparer.Ordinal).ThenBy(c => c.Id);

    public Stage? FindStage(Guid id) => Stages.Find(s => s.Id == id);
    public Lane? FindLane(Guid id) => Lanes.Find(l => l.Id == id);
    public Card? FindCard(Guid id) => Cards.Find(c => c.Id == id);
    public Handoff? FindHandoff(Guid id) => Handoffs.Find(h => h.Id == id);
}
