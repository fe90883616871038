using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;

namespace JourneyStudio.Domain.Maps;

/// <summary>
/// Everything a decision needs from outside the map, passed in so that deciding stays pure:
/// who acts, the clock, a source of new ids and the workspace's departments and personas.
/// </summary>
public sealed record DecisionContext(Actor By, DateTimeOffset At, WorkspaceCatalog Workspace, Func<Guid> NewId)
{
    public bool BySystem => By.Id == Actor.System.Id;
}
