using System.Text.Json;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Testing;
using JourneyStudio.Web.Maps;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace JourneyStudio.Web.Tests.Maps;

public class ConcurrentWritersTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    private async Task<(JourneyMap Map, Domain.Workspaces.WorkspaceCatalog Workspace)> NewMapAsync()
    {
        using var scope = app.Services.CreateScope();
        var creator = scope.ServiceProvider.GetRequiredService<MapCreator>();
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var workspace = (await session.Query<Domain.Workspaces.Workspace>().SingleAsync()).Catalog;
        var ctx = new DecisionContext(new Actor(Guid.NewGuid(), "Ana"), DateTimeOffset.UtcNow, workspace, Guid.NewGuid);
        var change = await creator.CreateAsync(new CreateMap("Contended map"), null, ctx, CancellationToken.None);
        return (change.Map, ctx.Workspace);
    }

    [Fact]
    public async Task Twenty_parallel_writers_on_one_map_lose_no_intent()
    {
        var (map, workspace) = await NewMapAsync();
        var writer = app.Services.GetRequiredService<MapWriter>();
        var stage = map.OrderedStages.First().Id;
        var lane = map.OrderedLanes.First().Id;
        const int writers = 20, cardsEach = 5;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var who = new Actor(Guid.NewGuid(), $"Writer {w}");
            for (var i = 0; i < cardsEach; i++)
                await writer.ApplyAsync(map.Id, [new AddCard(stage, lane, $"w{w}-c{i}")], who, workspace, CancellationToken.None);
        })));

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var snapshot = await session.LoadAsync<JourneyMap>(map.Id);
        Assert.Equal(writers * cardsEach, snapshot!.Cards.Count);
        Assert.Equal(map.Version + writers * cardsEach, snapshot.Version);
        var keys = snapshot.CardsIn(stage, lane).Select(c => c.OrderKey).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        // Each writer's own cards keep the order that writer added them in.
        for (var w = 0; w < writers; w++)
        {
            var mine = snapshot.CardsIn(stage, lane).Select(c => c.Text).Where(t => t.StartsWith($"w{w}-")).ToList();
            Assert.Equal(Enumerable.Range(0, cardsEach).Select(i => $"w{w}-c{i}"), mine);
        }
    }

    [Fact]
    public async Task Parallel_edits_of_different_properties_of_one_card_all_land()
    {
        var (map, workspace) = await NewMapAsync();
        var writer = app.Services.GetRequiredService<MapWriter>();
        var touchpoints = map.Lanes.First(l => l.Kind == LaneKind.Touchpoints).Id;
        var stage = map.OrderedStages.First().Id;
        var added = await writer.ApplyAsync(map.Id, [new AddCard(stage, touchpoints, "Branch visit")], Actor.System, workspace, CancellationToken.None);
        var card = ((CardAdded)added!.Events.Single().Data).CardId;

        var ana = new Actor(Guid.NewGuid(), "Ana");
        var ben = new Actor(Guid.NewGuid(), "Ben");
        await Task.WhenAll(
            writer.ApplyAsync(map.Id, [new EditCardText(card, "Visits a branch to sign")], ana, workspace, CancellationToken.None),
            writer.ApplyAsync(map.Id, [new SetTouchpointChannel(card, "Branch")], ben, workspace, CancellationToken.None),
            writer.ApplyAsync(map.Id, [new RestyleCard(card, CardColour.Teal, ["in person"])], ana, workspace, CancellationToken.None),
            writer.ApplyAsync(map.Id, [new TagMomentOfTruth(card, "Signing is where trust is won")], ben, workspace, CancellationToken.None));

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var result = (await session.LoadAsync<JourneyMap>(map.Id))!.RequireCard(card, "card");
        Assert.Equal("Visits a branch to sign", result.Text);
        Assert.Equal("Branch", result.Touchpoint!.Channel);
        Assert.Equal(CardColour.Teal, result.Colour);
        Assert.NotNull(result.Touchpoint.MomentOfTruth);
    }

    [Fact]
    public async Task A_writer_that_remembers_a_map_decides_again_on_what_another_instance_wrote_since()
    {
        var (map, workspace) = await NewMapAsync();
        var here = app.Services.GetRequiredService<MapWriter>();
        var there = new MapWriter(app.Services.GetRequiredService<IDocumentStore>(), new MapGates(), new LatestMaps(), [], TimeProvider.System, NullLogger<MapWriter>.Instance);
        var (stage, lane) = (map.OrderedStages.First().Id, map.OrderedLanes.First().Id);
        var ana = new Actor(Guid.NewGuid(), "Ana");

        var first = await here.ApplyAsync(map.Id, [new AddCard(stage, lane, "Card declined")], ana, workspace, CancellationToken.None);
        var card = ((CardAdded)first!.Events.Single().Data).CardId;
        await there.ApplyAsync(map.Id, [new AddCard(stage, lane, "Added on the other instance")], Actor.System, workspace, CancellationToken.None);
        var third = await here.ApplyAsync(map.Id, [new AddCard(stage, lane, "Added here again")], ana, workspace, CancellationToken.None);
        Assert.Equal(map.Version + 3, third!.Version);
        Assert.Equal(["Card declined", "Added on the other instance", "Added here again"], third.Map.CardsIn(stage, lane).Select(c => c.Text));

        // Removed over there: an edit here must meet the removal, not the remembered card.
        await there.ApplyAsync(map.Id, [new RemoveCard(card)], Actor.System, workspace, CancellationToken.None);
        await Assert.ThrowsAsync<TargetRemoved>(() => here.ApplyAsync(map.Id, [new EditCardText(card, "Typed into a removed card")], ana, workspace, CancellationToken.None));

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var snapshot = (await session.LoadAsync<JourneyMap>(map.Id))!;
        Assert.Equal(map.Version + 4, snapshot.Version);
        Assert.Equal(["Added on the other instance", "Added here again"], snapshot.CardsIn(stage, lane).Select(c => c.Text));
    }

    [Fact]
    public async Task Events_round_trip_through_PostgreSQL_with_who_and_when()
    {
        var (map, workspace) = await NewMapAsync();
        var writer = app.Services.GetRequiredService<MapWriter>();
        var ana = new Actor(Guid.NewGuid(), "Ana");
        var stage = map.OrderedStages.First().Id;
        var pains = map.Lanes.First(l => l.Kind == LaneKind.PainPoints).Id;
        var change = await writer.ApplyAsync(map.Id, [new AddCard(stage, pains, "Fees unclear", Colour: CardColour.Orange, Tags: ["fees"])], ana, workspace, CancellationToken.None);

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = await session.Events.FetchStreamAsync(map.Id);
        var last = Assert.IsType<CardAdded>(stored[^1].Data);
        Assert.Equal(change!.Events.Single().Data, last with { Tags = ((CardAdded)change.Events.Single().Data).Tags });
        Assert.Equal(["fees"], last.Tags);
        Assert.Equal(("Ana", CardKind.PainPoint), (last.By.Name, last.Kind));
        Assert.True(DateTimeOffset.UtcNow - last.At < TimeSpan.FromMinutes(1));

        // The snapshot stored in the same transaction as the events equals a fold of them.
        var folded = JourneyMap.Fold(stored.Select(e => (IMapEvent)e.Data))!;
        var snapshot = (await session.LoadAsync<JourneyMap>(map.Id))!;
        Assert.Equal(folded.Version, snapshot.Version);
        Assert.Equal(JsonSerializer.Serialize(folded.Cards), JsonSerializer.Serialize(snapshot.Cards));
        Assert.Equal(stored.Count, snapshot.Version);
    }
}
