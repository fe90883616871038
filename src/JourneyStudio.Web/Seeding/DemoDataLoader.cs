using System.Text.Json;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Maps;
using JourneyStudio.Web.Maps.Templates;
using Marten;

namespace JourneyStudio.Web.Seeding;

/// <summary>
/// Loads seed-data/ once: the workspace, the templates and the demo maps. Ids come from the seed keys, so a
/// second start finds everything in place and adds nothing. Every map goes through the domain's commands,
/// so a seed file that breaks a rule stops start-up with the file and field named.
/// </summary>
public sealed class DemoDataLoader(IDocumentStore store, MapWriter writer, SeedDataFolder folder, ILogger<DemoDataLoader> log)
{
    public async Task<SeedReport> LoadAsync(CancellationToken ct)
    {
        var seedWorkspace = Read<SeedWorkspace>(folder.File("workspace.json"));
        var workspace = SeedBlueprints.ToWorkspace(seedWorkspace);
        var report = new SeedReport();

        await using (var session = store.LightweightSession())
        {
            if (await session.LoadAsync<Workspace>(workspace.Id, ct) is null)
            {
                session.Store(workspace);
                report.Workspaces++;
            }
            foreach (var path in folder.Files("templates"))
            {
                var seed = Read<SeedMap>(path);
                var id = SeedIds.For(seedWorkspace.Key, "template", seed.Key);
                if (await session.LoadAsync<MapTemplate>(id, ct) is not null) continue;
                var blueprint = Checked(path, () => SeedBlueprints.ToBlueprint(seed, seedWorkspace.Key, seedWorkspace));
                session.Store(new MapTemplate(id, seed.Key, seed.Title, seed.Description ?? "", blueprint));
                report.Templates++;
            }
            await session.SaveChangesAsync(ct);
        }

        var creator = new MapCreator(writer, new TemplateCatalog(store.QuerySession()));
        foreach (var path in folder.Files("maps"))
        {
            var seed = Read<SeedMap>(path);
            var mapId = SeedIds.For(seedWorkspace.Key, "map", seed.Key);
            await using (var query = store.QuerySession())
            {
                if (await query.Events.FetchStreamStateAsync(mapId, ct) is not null) continue;
            }
            var ctx = new DecisionContext(Actor.System, DateTimeOffset.UtcNow, workspace.Catalog, Guid.NewGuid);
            var blueprint = Checked(path, () => SeedBlueprints.ToBlueprint(seed, seedWorkspace.Key, seedWorkspace));
            var command = new CreateMap(seed.Title, seed.State, blueprint.PersonaId, seed.Scenario, seed.BrandPromise);
            var counterpart = seed.Counterpart is null ? null : new LinkCounterpart(SeedIds.For(seedWorkspace.Key, "map", seed.Counterpart));
            try
            {
                await CheckedAsync(path, () => creator.StartAsync(mapId, command, blueprint, "the demo data",
                    key => SeedIds.For(seedWorkspace.Key, seed.Key, key), ctx, ct, counterpart is null ? [] : [counterpart]));
                report.Maps++;
            }
            catch (Exception e) when (e is Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
            {
                log.LogInformation("Demo map {Key} was loaded by another instance at the same time", seed.Key);
            }
        }
        log.LogInformation("Demo data: {Report}", report);
        return report;
    }

    private static T Read<T>(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, JsonDefaults.Options)
                ?? throw new InvalidDataException($"{path}: the file is empty.");
        }
        catch (JsonException j)
        {
            throw new InvalidDataException($"{path}: line {j.LineNumber + 1}, {j.Path}: {j.Message.Split(" Path:")[0]}", j);
        }
    }

    private static async Task CheckedAsync(string path, Func<Task> build)
    {
        try { await build(); }
        catch (DomainRuleViolation v) { throw new InvalidDataException($"{path}: {v.Field}: {v.Message}", v); }
    }

    private static T Checked<T>(string path, Func<T> build)
    {
        try { return build(); }
        catch (DomainRuleViolation v) { throw new InvalidDataException($"{path}: {v.Field}: {v.Message}", v); }
    }
}

public sealed record SeedReport
{
    public int Workspaces { get; set; }
    public int Templates { get; set; }
    public int Maps { get; set; }

    public override string ToString() => $"{Workspaces} workspace(s), {Templates} template(s), {Maps} map(s) added";
}
