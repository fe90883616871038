using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps;

/// <summary>Lookups that decisions use: each either finds the element or says exactly why not.</summary>
public sealed partial class JourneyMap
{
    public Stage RequireStage(Guid id, string field) =>
        FindStage(id) ?? throw Missing("stage", id, field);

    public Lane RequireLane(Guid id, string field) =>
        FindLane(id) ?? throw Missing("lane", id, field);

    public Card RequireCard(Guid id, string field) =>
        FindCard(id) ?? throw Missing("card", id, field);

    public Card RequireCard(Guid id, string field, CardKind kind)
    {
        var card = RequireCard(id, field);
        if (card.Kind != kind)
            throw new DomainRuleViolation(field, $"The card '{card.Label}' is a {card.Kind}, not a {kind}.");
        return card;
    }

    public Handoff RequireHandoff(Guid id, string field) =>
        FindHandoff(id) ?? throw Missing("handoff", id, field);

    /// <summary>Refuses to reuse an id that is alive; a removed id may come back (that is how undo restores).</summary>
    public void RequireUnused(Guid id, string field)
    {
        if (FindStage(id) is not null || FindLane(id) is not null || FindCard(id) is not null || FindHandoff(id) is not null)
            throw new DomainRuleViolation(field, $"Id {id} is already used on this map.");
    }

    private Exception Missing(string kind, Guid id, string field) =>
        Removed.TryGetValue(id, out var removed)
            ? new TargetRemoved(removed.Describe())
            : new DomainRuleViolation(field, $"There is no {kind} with id {id} on this map.");
}
