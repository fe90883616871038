using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Editing;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Testing;
using JourneyStudio.Web.Maps;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace JourneyStudio.Web.Tests.Maps;

/// <summary>
/// An undo must never overwrite someone else's edit, however the two are timed: its guards are checked on the state
/// its commands are decided on, inside the writer's turn, not before it queues for that turn.
/// </summary>
public class UndoInTheWritersTurnTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    private static readonly Actor Ana = new(Guid.NewGuid(), "Ana");
    private static readonly Actor Ben = new(Guid.NewGuid(), "Ben");

    private MapWriter Writer => app.Services.GetRequiredService<MapWriter>();

    /// <summary>A writer of another app instance on the same database: its own gates, so only Marten's version check stands between them.</summary>
    private MapWriter OtherInstance => new(app.Services.GetRequiredService<IDocumentStore>(), new MapGates(), new LatestMaps(), [], TimeProvider.System, NullLogger<MapWriter>.Instance);

    private async Task<(Guid Map, Guid Card, WorkspaceCatalog Workspace, UndoHistory AnasHistory)> AnaEditedACardAsync()
    {
        using var scope = app.Services.CreateScope();
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var workspace = (await session.Query<Workspace>().SingleAsync()).Catalog;
        var ctx = new DecisionContext(Ana, DateTimeOffset.UtcNow, workspace, Guid.NewGuid);
        var map = (await scope.ServiceProvider.GetRequiredService<MapCreator>().CreateAsync(new CreateMap("Undo timing"), null, ctx, CancellationToken.None)).Map;
        var added = await Writer.ApplyAsync(map.Id,
            [new AddCard(map.OrderedStages.First().Id, map.OrderedLanes.First().Id, "Card declined")], Ana, workspace, CancellationToken.None);
        var card = ((CardAdded)added!.Events.Single().Data).CardId;

        var edit = await Writer.ApplyAsync(map.Id, [new EditCardText(card, "Card declined at checkout")], Ana, workspace, CancellationToken.None, keepBefore: true);
        var history = new UndoHistory();
        history.Record(UndoPlanner.Plan(edit!.Before!, edit.Events.Select(e => (IMapEvent)e.Data).ToList(), "edit 'Card declined'"));
        return (map.Id, card, workspace, history);
    }

    private async Task<string> TextOfAsync(Guid map, Guid card)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<JourneyMap>(map))!.RequireCard(card, "card").Text;
    }

    [Fact]
    public async Task An_edit_that_lands_while_an_undo_waits_for_its_turn_refuses_the_undo_instead_of_being_overwritten()
    {
        var (map, card, workspace, history) = await AnaEditedACardAsync();
        var attempt = history.TakeUndo();

        // Ana's undo is on its way but another writer of this map has the turn; meanwhile Ben's edit lands from another instance.
        Task<CommittedChange?> undoing;
        using (await app.Services.GetRequiredService<MapGates>().EnterAsync(map, CancellationToken.None))
        {
            undoing = Writer.ApplyAsync(map, attempt.CommandsAgainst, Ana, workspace, CancellationToken.None);
            await OtherInstance.ApplyAsync(map, [new EditCardText(card, "Card declined on mobile")], Ben, workspace, CancellationToken.None);
            Assert.False(undoing.IsCompleted);
        }

        var refusal = await Assert.ThrowsAsync<DomainRuleViolation>(() => undoing);
        Assert.Equal("Not undone: someone else has changed the note 'Card declined at checkout' since.", refusal.Message);
        Assert.Equal("Card declined on mobile", await TextOfAsync(map, card));
    }

    [Fact]
    public async Task An_undo_whose_save_loses_to_another_instance_is_checked_again_on_the_newer_map_and_refused()
    {
        var (map, card, workspace, history) = await AnaEditedACardAsync();
        var attempt = history.TakeUndo();
        var checks = 0;

        // Ben's edit commits from another instance after the first check passed and before Ana's save, so that save
        // fails Marten's version check and the writer decides again.
        IReadOnlyList<MapCommand> PickWhileBenEdits(JourneyMap current)
        {
            checks++;
            var commands = attempt.CommandsAgainst(current);
            if (checks == 1)
                Task.Run(() => OtherInstance.ApplyAsync(map, [new EditCardText(card, "Card declined on mobile")], Ben, workspace, CancellationToken.None)).Wait();
            return commands;
        }

        var refusal = await Assert.ThrowsAsync<DomainRuleViolation>(() => Writer.ApplyAsync(map, PickWhileBenEdits, Ana, workspace, CancellationToken.None));

        Assert.Equal(2, checks);
        Assert.StartsWith("Not undone: someone else has changed", refusal.Message);
        Assert.Equal("Card declined on mobile", await TextOfAsync(map, card));
    }

    [Fact]
    public async Task An_undo_with_nobody_in_the_way_runs_in_the_writers_turn()
    {
        var (map, card, workspace, history) = await AnaEditedACardAsync();

        await Writer.ApplyAsync(map, history.TakeUndo().CommandsAgainst, Ana, workspace, CancellationToken.None);

        Assert.Equal("Card declined", await TextOfAsync(map, card));
    }
}
