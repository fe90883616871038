using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Blueprints;

public static class BlueprintPlanner
{
    /// <summary>
    /// The commands that build the blueprint's content on a freshly created map. <paramref name="idFor"/> maps
    /// a blueprint key (prefixed with its kind, e.g. "card:t-ad") to the id the element gets.
    /// </summary>
    public static IReadOnlyList<MapCommand> Plan(MapBlueprint blueprint, Func<string, Guid> idFor)
    {
        var commands = new List<MapCommand>();
        foreach (var s in blueprint.Stages) commands.Add(new AddStage(s.Name, idFor("stage:" + s.Key)));
        foreach (var l in blueprint.Lanes) commands.Add(new AddLane(l.Name, l.Kind, idFor("lane:" + l.Key)));

        Guid Stage(string key, string card) => Resolve(blueprint.Stages.Any(s => s.Key == key), "stage", key, card, idFor);
        Guid Lane(string key, string card) => Resolve(blueprint.Lanes.Any(l => l.Key == key), "lane", key, card, idFor);
        Guid Card(string key, string field) => Resolve(blueprint.Cards.Any(c => c.Key == key), "card", key, field, idFor);

        foreach (var c in blueprint.Cards)
        {
            var id = idFor("card:" + c.Key);
            commands.Add(new AddCard(Stage(c.Stage, c.Key), Lane(c.Lane, c.Key), c.Text, id, null, c.Colour, c.Tags));
            if (c.Channel is not null) commands.Add(new SetTouchpointChannel(id, c.Channel));
            if (c.OwnerDepartmentId is not null) commands.Add(new AssignOwner(id, c.OwnerDepartmentId));
            if (c.Kpis is { } k) commands.Add(new SetKpiTargets(id, k.Nps, k.Csat, k.Ces));
            if (c.MomentOfTruth is not null) commands.Add(new TagMomentOfTruth(id, c.MomentOfTruth));
            if (c.Rules.Count > 0) commands.Add(new SetFeedbackRules(id, c.Rules));
            if (c.Score is { } score) commands.Add(new SetEmotionScore(id, score));
            if (c.Severity is { } severity) commands.Add(new SetPainPointSeverity(id, severity));
        }
        // Links and statuses come last: they refer to cards that must all exist first.
        foreach (var c in blueprint.Cards)
        {
            var id = idFor("card:" + c.Key);
            if (c.Concerns.Count > 0)
                commands.Add(new SetPainPointConcerns(id, c.Concerns.Select(k => Card(k, c.Key)).ToList()));
            if (c.Status is { } status and not PainPointStatus.Open) commands.Add(new SetPainPointStatus(id, status, CarriedOver));
        }
        foreach (var h in blueprint.Handoffs)
            commands.Add(new AddHandoff(Card(h.From, "handoff"), Card(h.To, "handoff"), h.Label, idFor($"handoff:{h.From}>{h.To}")));
        return commands;
    }

    /// <summary>The reason a status set from a blueprint gives in the history: it was decided before this map existed.</summary>
    public const string CarriedOver = "Carried over when the map was made";

    private static Guid Resolve(bool exists, string kind, string key, string where, Func<string, Guid> idFor) =>
        exists ? idFor(kind + ":" + key) : throw new DomainRuleViolation(where, $"'{where}' refers to {kind} '{key}', which the blueprint does not define.");
}
