using JourneyStudio.Domain.Maps.Events;

namespace JourneyStudio.Domain.Maps;

/// <summary>
/// An intent on one map. Deciding is pure: it reads the latest state and the context and returns the events
/// (none for a repeat that changes nothing), or throws a DomainRuleViolation / TargetRemoved.
/// </summary>
public abstract record MapCommand
{
    public abstract IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx);

    protected static IReadOnlyList<IMapEvent> Nothing => [];

    protected static IReadOnlyList<IMapEvent> One(IMapEvent e) => [e];
}
