using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

public sealed record EditMapDetails(string Title, Guid? PersonaId, string? Scenario, string? BrandPromise) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var title = Guard.Text(Title, "title", Limits.Title);
        var scenario = Guard.Text(Scenario, "scenario", Limits.Scenario, allowEmpty: true);
        var promise = Guard.Text(BrandPromise, "brandPromise", Limits.BrandPromise, allowEmpty: true);
        if (PersonaId is { } persona) ctx.Workspace.RequirePersona(persona, "personaId");
        if (title == map.Title && PersonaId == map.PersonaId && scenario == map.Scenario && promise == map.BrandPromise) return Nothing;
        return One(new MapDetailsEdited(map.Id, title, PersonaId, scenario, promise, ctx.By, ctx.At));
    }
}

public sealed record LinkCounterpart(Guid? CounterpartMapId) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        if (CounterpartMapId == map.Id)
            throw new DomainRuleViolation("counterpartMapId", "A map cannot be its own counterpart.");
        if (CounterpartMapId == map.CounterpartMapId) return Nothing;
        return One(new CounterpartLinked(map.Id, CounterpartMapId, ctx.By, ctx.At));
    }
}

public sealed record ArchiveMap : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx) =>
        map.Archived ? Nothing : One(new MapArchived(map.Id, ctx.By, ctx.At));
}

public sealed record RestoreMap : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx) =>
        map.Archived ? One(new MapRestored(map.Id, ctx.By, ctx.At)) : Nothing;
}
