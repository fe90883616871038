using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Blueprints;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;

namespace JourneyStudio.Web.Seeding;

/// <summary>Turns seed files into domain objects, resolving department and persona keys against the workspace.</summary>
public static class SeedBlueprints
{
    public static Workspace ToWorkspace(SeedWorkspace seed) => new()
    {
        Id = SeedIds.Workspace(seed.Key),
        Name = seed.Name,
        Departments = seed.Departments.Select(d => new Department(SeedIds.For(seed.Key, "department", d.Key), d.Name, d.Colour)).ToList(),
        Personas = seed.Personas.Select(p => new Persona(SeedIds.For(seed.Key, "persona", p.Key), p.Name, p.Segment, p.Summary, p.Goals, p.Needs, p.Frustrations)).ToList(),
    };

    public static MapBlueprint ToBlueprint(SeedMap map, string workspaceKey, SeedWorkspace workspace) => new(
        map.Title, map.State,
        map.Persona is null ? null : PersonaId(map.Persona, workspaceKey, workspace),
        map.Scenario, map.BrandPromise,
        map.Stages.Select(s => new BlueprintStage(s.Key, s.Name)).ToList(),
        map.Lanes.Select(l => new BlueprintLane(l.Key, l.Name, l.Kind)).ToList(),
        (map.Cards ?? []).Select((c, i) => new BlueprintCard(c.Key, c.Stage, c.Lane, c.Text)
        {
            Colour = c.Colour,
            Tags = c.Tags ?? [],
            Channel = c.Channel,
            OwnerDepartmentId = c.Owner is null ? null : DepartmentId(c.Owner, $"cards[{i}].owner", workspaceKey, workspace),
            Kpis = c.Kpis is { } k ? new KpiTargets(k.Nps, k.Csat, k.Ces) : null,
            MomentOfTruth = c.MomentOfTruth,
            Rules = c.Rules ?? [],
            Score = c.Score,
            Severity = c.Severity,
            Status = c.Status,
            Concerns = c.Concerns ?? [],
        }).ToList(),
        (map.Handoffs ?? []).Select(h => new BlueprintHandoff(h.From, h.To, h.Label)).ToList());

    private static Guid PersonaId(string key, string workspaceKey, SeedWorkspace workspace) =>
        workspace.Personas.Any(p => p.Key == key)
            ? SeedIds.For(workspaceKey, "persona", key)
            : throw new DomainRuleViolation("persona", $"There is no persona '{key}' in workspace.json.");

    private static Guid DepartmentId(string key, string field, string workspaceKey, SeedWorkspace workspace) =>
        workspace.Departments.Any(d => d.Key == key)
            ? SeedIds.For(workspaceKey, "department", key)
            : throw new DomainRuleViolation(field, $"There is no department '{key}' in workspace.json.");
}
