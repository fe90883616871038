using JourneyStudio.Domain.Maps;
using JourneyStudio.Testing;
using JourneyStudio.Web.Maps;
using JourneyStudio.Web.Seeding;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Seeding;

public class DemoDataLoaderTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    [Fact]
    public async Task A_second_start_adds_nothing()
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        long eventsBefore;
        await using (var session = store.QuerySession()) eventsBefore = await session.Events.QueryAllRawEvents().CountAsync();

        var report = await app.Services.GetRequiredService<DemoDataLoader>().LoadAsync(CancellationToken.None);

        Assert.Equal((0, 0, 0), (report.Workspaces, report.Templates, report.Maps));
        await using var after = store.QuerySession();
        Assert.Equal(eventsBefore, await after.Events.QueryAllRawEvents().CountAsync());
    }

    [Fact]
    public async Task The_demo_maps_are_rich_enough_to_show_a_customer()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var maps = await session.Query<JourneyMap>().ToListAsync();
        var current = maps.Where(m => m.State == MapState.Current).ToList();
        Assert.True(current.Count >= 3, $"expected three current-state demo maps, found {current.Count}");
        foreach (var map in current)
        {
            Assert.InRange(map.Stages.Count, 6, 8);
            Assert.True(map.Lanes.Count >= 8, $"{map.Title}: {map.Lanes.Count} lanes");
            Assert.True(map.Cards.Count >= 60, $"{map.Title}: {map.Cards.Count} cards");
            Assert.NotNull(map.PersonaId);
            Assert.Contains(map.Cards, c => c.Touchpoint?.MomentOfTruth is not null);
            Assert.Contains(map.Cards, c => c.PainPoint is not null);
            Assert.Contains(map.Cards, c => c.EmotionScore is < 0);
            Assert.NotEmpty(map.Handoffs);
            var owners = map.Cards.Select(c => c.OwnerDepartmentId).Where(d => d is not null).Distinct().Count();
            Assert.True(owners >= 4, $"{map.Title}: only {owners} owning departments");
        }
        Assert.Contains(maps, m => m.CounterpartMapId is not null && m.State == MapState.Future);
        var summaries = await session.Query<MapSummary>().ToListAsync();
        Assert.Equal(maps.Count, summaries.Count);
    }

    [Fact]
    public async Task A_broken_seed_file_stops_with_the_file_and_field_named()
    {
        var folder = Directory.CreateTempSubdirectory("seed");
        var real = app.Services.GetRequiredService<SeedDataFolder>();
        File.Copy(real.File("workspace.json"), Path.Combine(folder.FullName, "workspace.json"));
        Directory.CreateDirectory(Path.Combine(folder.FullName, "maps"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "maps", "broken.json"), """
            { "key": "broken", "title": "Broken", "state": "Current",
              "stages": [ { "key": "s", "name": "Start" } ],
              "lanes": [ { "key": "e", "name": "Emotions", "kind": "Emotions" } ],
              "cards": [ { "key": "c", "stage": "s", "lane": "e", "text": "Too happy", "score": 9 } ] }
            """);
        var loader = new DemoDataLoader(app.Services.GetRequiredService<IDocumentStore>(), app.Services.GetRequiredService<MapWriter>(),
            new SeedDataFolder(folder.FullName), Microsoft.Extensions.Logging.Abstractions.NullLogger<DemoDataLoader>.Instance);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => loader.LoadAsync(CancellationToken.None));
        Assert.Contains("broken.json", error.Message);
        Assert.Contains("score", error.Message);
    }
}
