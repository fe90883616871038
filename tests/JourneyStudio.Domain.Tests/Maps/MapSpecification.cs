using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;

namespace JourneyStudio.Domain.Tests.Maps;

/// <summary>Given a map built by commands, when another command is decided, then these events (or this refusal).</summary>
public abstract class MapSpecification
{
    protected static readonly Actor Ana = new(Guid.NewGuid(), "Ana");
    protected static readonly Actor Ben = new(Guid.NewGuid(), "Ben");
    protected static readonly Department Operations = new(Guid.NewGuid(), "Operations", "#0ea5e9");
    protected static readonly Persona Maya = new(Guid.NewGuid(), "Maya", "First job", "", [], [], []);
    protected static readonly Department Marketing = new(Guid.NewGuid(), "Marketing", "#db2777");
    protected static readonly WorkspaceCatalog Workspace = new(Guid.NewGuid(), [Operations, Marketing], [Maya]);
    protected static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    protected JourneyMap Map { get; private set; }

    protected MapSpecification()
    {
        var created = new CreateMap("Opening an account", MapState.Current, Maya.Id).Decide(Guid.NewGuid(), null, Context(Ana));
        Map = JourneyMap.Start(created);
    }

    protected static DecisionContext Context(Actor by) => new(by, Noon, Workspace, Guid.NewGuid);

    protected IReadOnlyList<IMapEvent> Given(params MapCommand[] commands) => When(Ana, commands);

    protected IReadOnlyList<IMapEvent> When(Actor by, params MapCommand[] commands)
    {
        var (events, after) = MapDecider.DecideAll(Map, commands, Context(by));
        Map = after;
        return events;
    }

    protected IReadOnlyList<IMapEvent> When(params MapCommand[] commands) => When(Ana, commands);

    protected Guid AddStage(string name) => ((StageAdded)Given(new AddStage(name))[0]).StageId;

    protected Guid AddLane(string name, LaneKind kind) => ((LaneAdded)Given(new AddLane(name, kind))[0]).LaneId;

    protected Guid AddCard(Guid stage, Guid lane, string text, Placement? placement = null) =>
        ((CardAdded)Given(new AddCard(stage, lane, text, Placement: placement))[0]).CardId;

    protected IReadOnlyList<string> TextsIn(Guid stage, Guid lane) => Map.CardsIn(stage, lane).Select(c => c.Text).ToList();
}
