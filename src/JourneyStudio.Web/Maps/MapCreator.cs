using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Blueprints;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Maps.Templates;

namespace JourneyStudio.Web.Maps;

/// <summary>Creates maps: blank (three stages, the five core lanes), from a template, or as a copy of another map.</summary>
public sealed class MapCreator(MapWriter writer, TemplateCatalog templates)
{
    public static readonly MapBlueprint Blank = new("", MapState.Current, null, null, null,
        [new BlueprintStage("s1", "Awareness"), new BlueprintStage("s2", "Consideration"), new BlueprintStage("s3", "Purchase")],
        [
            new BlueprintLane("actions", "Customer actions", LaneKind.Actions),
            new BlueprintLane("touchpoints", "Touchpoints", LaneKind.Touchpoints),
            new BlueprintLane("emotions", "Emotions", LaneKind.Emotions),
            new BlueprintLane("pain", "Pain points", LaneKind.PainPoints),
            new BlueprintLane("opportunities", "Opportunities", LaneKind.Opportunities),
        ],
        [], []);

    public async Task<CommittedChange> CreateAsync(CreateMap command, string? templateKey, DecisionContext ctx, CancellationToken ct)
    {
        var blueprint = Blank;
        string? createdFrom = null;
        if (!string.IsNullOrWhiteSpace(templateKey))
        {
            var template = await templates.FindAsync(templateKey, ct)
                ?? throw new DomainRuleViolation("templateKey", $"There is no template '{templateKey}'.");
            (blueprint, createdFrom) = (template.Blueprint, $"the template '{template.Title}'");
        }
        return await StartAsync(ctx.NewId(), command, blueprint, createdFrom, key => ctx.NewId(), ctx, ct);
    }

    public Task<CommittedChange> DuplicateAsync(JourneyMap source, string? title, DecisionContext ctx, CancellationToken ct)
    {
        var copyTitle = string.IsNullOrWhiteSpace(title) ? Truncate($"Copy of {source.Title}") : title;
        var command = new CreateMap(copyTitle, source.State, source.PersonaId, source.Scenario, source.BrandPromise);
        return StartAsync(ctx.NewId(), command, BlueprintOfMap.From(source, copyTitle), $"a copy of '{source.Title}'", _ => ctx.NewId(), ctx, ct);
    }

    /// <summary>Decides creation plus the blueprint's commands against the growing map, then starts the stream in one transaction.</summary>
    public async Task<CommittedChange> StartAsync(Guid mapId, CreateMap command, MapBlueprint blueprint, string? createdFrom,
        Func<string, Guid> idFor, DecisionContext ctx, CancellationToken ct, IReadOnlyList<MapCommand>? then = null)
    {
        var created = command.Decide(mapId, createdFrom, ctx);
        var ids = new Dictionary<string, Guid>();
        var plan = BlueprintPlanner.Plan(blueprint, key => ids.TryGetValue(key, out var id) ? id : ids[key] = idFor(key));
        var (events, map) = MapDecider.DecideAll(JourneyMap.Start(created), [.. plan, .. then ?? []], ctx);
        return await writer.StartAsync(map, [created, .. events], ct);
    }

    private static string Truncate(string title) => title.Length <= Limits.Title ? title : title[..Limits.Title];
}
