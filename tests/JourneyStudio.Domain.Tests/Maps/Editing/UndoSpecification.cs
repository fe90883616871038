using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Editing;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Maps.Editing;

/// <summary>Changes made the way a canvas makes them: commit the commands, then plan the undo from the events.</summary>
public abstract class UndoSpecification : MapSpecification
{
    protected UndoStep Commit(Actor by, string description, params IReadOnlyList<MapCommand> commands)
    {
        var before = Map;
        var events = When(by, [.. commands]);
        return UndoPlanner.Plan(before, events, description);
    }

    protected void Edit(UndoHistory history, Actor by, string description, params IReadOnlyList<MapCommand> commands) =>
        history.Record(Commit(by, description, commands));

    /// <summary>Runs the next undo the way the canvas does, deciding it on the map as it is now: its refusal, or null when it ran.</summary>
    protected string? Undo(UndoHistory history, Actor by) => Run(history.TakeUndo(), by, history.RecordUndone);

    /// <summary>Runs the next redo the same way: its refusal, or null when it ran.</summary>
    protected string? Redo(UndoHistory history, Actor by) => Run(history.TakeRedo(), by, history.RecordRedone);

    private string? Run(UndoAttempt attempt, Actor by, Action<UndoStep> record)
    {
        if (attempt.Refused) return attempt.Refusal;
        try
        {
            record(Commit(by, attempt.Description, attempt.CommandsAgainst(Map)));
            return null;
        }
        catch (DomainRuleViolation refused)
        {
            return refused.Message;
        }
    }

    /// <summary>
    /// The map as a person sees it, line by line: what an undo must give back. Left out: order keys (a restored item
    /// gets a new key in its old place, and the order itself is compared), version and audit stamps, removal records,
    /// who tagged a moment of truth and when, and when a pain point's status last changed.
    /// </summary>
    protected static IReadOnlyList<string> Shape(JourneyMap map)
    {
        var lines = new List<string>
        {
            $"details '{map.Title}' {map.PersonaId} '{map.Scenario}' '{map.BrandPromise}' archived={map.Archived} counterpart={map.CounterpartMapId}",
        };
        lines.AddRange(map.OrderedStages.Select(s => $"stage {s.Id} '{s.Name}'"));
        lines.AddRange(map.OrderedLanes.Select(l => $"lane {l.Id} '{l.Name}' {l.Kind}"));
        foreach (var stage in map.OrderedStages)
            foreach (var lane in map.OrderedLanes)
                lines.AddRange(map.CardsIn(stage.Id, lane.Id).Select(c => $"{stage.Name} · {lane.Name}: {Describe(c)}"));
        lines.Add($"{map.Cards.Count} cards");
        lines.AddRange(map.Handoffs.OrderBy(h => h.Id).Select(h => $"handoff {h.Id} {h.FromCardId} -> {h.ToCardId} '{h.Label}'"));
        return lines;
    }

    private static string Describe(Card c) => string.Join(" | ",
        c.Id, c.Kind, c.Text, c.Colour, string.Join(",", c.Tags), c.EmotionScore,
        c.Touchpoint is { } t
            ? $"channel {t.Channel} owner {t.OwnerDepartmentId} {t.Kpis} moment '{t.MomentOfTruth?.Reason}' rules [{string.Join(", ", t.FeedbackRules)}]"
            : "",
        c.PainPoint is { } p
            ? $"severity {p.Severity} {p.Status} owner {p.OwnerDepartmentId} concerns [{string.Join(", ", p.ConcernsTouchpointIds)}] resolved={p.ResolvedAt is not null}"
            : "");
}
