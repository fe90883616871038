using JourneyStudio.Domain.Maps.Events;

namespace JourneyStudio.Domain.Maps;

public static class MapDecider
{
    /// <summary>
    /// Decides a batch in order against a working copy, so each command sees the effect of the ones before it.
    /// Either every command is accepted or the first refusal is thrown and nothing is returned.
    /// </summary>
    public static (IReadOnlyList<IMapEvent> Events, JourneyMap After) DecideAll(
        JourneyMap map, IReadOnlyList<MapCommand> commands, DecisionContext ctx)
    {
        var working = map.Clone();
        var events = new List<IMapEvent>();
        var index = 0;
        foreach (var command in commands)
        {
            try
            {
                foreach (var e in command.Decide(working, ctx))
                {
                    working.Evolve(e);
                    events.Add(e);
                }
            }
            catch (Shared.DomainRuleViolation v) when (commands.Count > 1)
            {
                throw new Shared.DomainRuleViolation($"commands[{index}].{v.Field}", v.Message);
            }
            index++;
        }
        return (events, working);
    }
}
