using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

/// <summary>Starts a new map stream. It has no prior state, so it is decided on its own rather than as a MapCommand.</summary>
public sealed record CreateMap(string Title, MapState State = MapState.Current, Guid? PersonaId = null,
    string? Scenario = null, string? BrandPromise = null)
{
    public MapCreated Decide(Guid mapId, string? createdFrom, DecisionContext ctx)
    {
        var title = Guard.Text(Title, "title", Limits.Title);
        if (!Enum.IsDefined(State)) throw new DomainRuleViolation("state", $"'{State}' is not a map state; use Current or Future.");
        if (PersonaId is { } persona) ctx.Workspace.RequirePersona(persona, "personaId");
        return new MapCreated(mapId, ctx.Workspace.WorkspaceId, title, State, PersonaId,
            Guard.Text(Scenario, "scenario", Limits.Scenario, allowEmpty: true),
            Guard.Text(BrandPromise, "brandPromise", Limits.BrandPromise, allowEmpty: true),
            createdFrom, ctx.By, ctx.At);
    }
}
