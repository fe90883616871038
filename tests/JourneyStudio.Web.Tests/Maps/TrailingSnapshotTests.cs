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

/// <summary>
/// An edit's events are committed before its snapshot is rewritten. If the app stops in between, the snapshot
/// trails the stream: readers must still see the edit, the next edit must build on it, and start-up repairs it.
/// </summary>
public class TrailingSnapshotTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    [Fact]
    public async Task A_snapshot_left_behind_by_a_stop_mid_edit_is_made_up_for_by_readers_and_repaired_on_start()
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var facilitator = await app.ClientAsAsync(Domain.Accounts.WorkspaceRole.Facilitator);
        var map = await facilitator.CreateMapAsync(new { title = "Stopped mid-edit" });
        var (mapId, version) = (map.Id(), map["version"]!.GetValue<int>());
        var stage = map["stages"]![0]!.Id();
        var lane = map["lanes"]![0]!.Id();

        // What a stop between the two writes leaves: the event stored, the snapshot not rewritten.
        var card = Guid.NewGuid();
        await using (var session = store.LightweightSession())
        {
            session.Events.Append(mapId, version + 1,
                new CardAdded(mapId, card, stage, lane, CardKind.Note, "Written just before the stop", "V", null, [], Actor.System, DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        await using (var query = store.QuerySession())
            Assert.Equal(version, (await query.LoadAsync<JourneyMap>(mapId))!.Version);

        var read = await (await facilitator.GetAsync($"/api/maps/{mapId}")).JsonAsync();
        Assert.Equal(version + 1, read["version"]!.GetValue<int>());
        Assert.Contains(read["cards"]!.AsArray(), c => c!["text"]!.GetValue<string>() == "Written just before the stop");

        // A writer that has not seen the map (a fresh instance) builds on the stored event, not on the old snapshot.
        var fresh = new MapWriter(store, new MapGates(), new LatestMaps(), [], TimeProvider.System, NullLogger<MapWriter>.Instance);
        var workspace = new Domain.Workspaces.WorkspaceCatalog(read["workspaceId"]!.GetValue<Guid>(), [], []);
        var edit = await fresh.ApplyAsync(mapId, [new EditCardText(card, "Kept after the stop")], Actor.System, workspace, CancellationToken.None);
        Assert.Equal(version + 2, edit!.Version);

        // And start-up repair brings a trailing snapshot level with its stream.
        await using (var session = store.LightweightSession())
        {
            session.Events.Append(mapId, version + 3, new CardRemoved(mapId, card, Actor.System, DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        Assert.True(await MapSnapshots.RepairAsync(store, CancellationToken.None) >= 1);
        await using (var query = store.QuerySession())
        {
            var repaired = (await query.LoadAsync<JourneyMap>(mapId))!;
            Assert.Equal(version + 3, repaired.Version);
            Assert.Null(repaired.FindCard(card));
        }
    }
}
