using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Editing;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Maps.Editing;

public class UndoPlannerTests : UndoSpecification
{
    private readonly Guid awareness = Guid.NewGuid(), apply = Guid.NewGuid(), onboard = Guid.NewGuid();
    private readonly Guid thoughts = Guid.NewGuid(), touchpoints = Guid.NewGuid(), emotions = Guid.NewGuid(), pains = Guid.NewGuid();
    private readonly Guid first = Guid.NewGuid(), second = Guid.NewGuid(), third = Guid.NewGuid();
    private readonly Guid web = Guid.NewGuid(), branch = Guid.NewGuid(), app = Guid.NewGuid();
    private readonly Guid nervous = Guid.NewGuid();
    private readonly Guid declined = Guid.NewGuid(), slow = Guid.NewGuid(), lost = Guid.NewGuid();
    private readonly Guid webToDeclined = Guid.NewGuid(), branchToApp = Guid.NewGuid(), lostToWeb = Guid.NewGuid();
    private static readonly Guid NewCard = Guid.NewGuid();

    /// <summary>Every kind of element and facet, with handoffs across stages and concerns in a deliberate, unsorted order.</summary>
    public UndoPlannerTests()
    {
        Given(
            new AddStage("Awareness", awareness), new AddStage("Apply", apply), new AddStage("Onboard", onboard),
            new AddLane("Thoughts", LaneKind.Thoughts, thoughts), new AddLane("Touchpoints", LaneKind.Touchpoints, touchpoints),
            new AddLane("Emotions", LaneKind.Emotions, emotions), new AddLane("Pain points", LaneKind.PainPoints, pains),
            new AddCard(apply, thoughts, "Which account?", first, Colour: CardColour.Yellow, Tags: ["choice"]),
            new AddCard(apply, thoughts, "Fees look high", second),
            new AddCard(apply, thoughts, "Asks a friend", third, Colour: CardColour.Teal),
            new AddCard(apply, touchpoints, "Online form", web, Colour: CardColour.Blue, Tags: ["online", "fees"]),
            new SetTouchpointChannel(web, "Web"), new AssignOwner(web, Operations.Id), new SetKpiTargets(web, 40, 4.5m, 2m),
            new SetFeedbackRules(web, [new FeedbackRule(FeedbackRuleKind.Phrase, "card declined"), new FeedbackRule(FeedbackRuleKind.FieldEquals, "checkout", "page")]),
            new TagMomentOfTruth(web, "First time money moves"),
            new AddCard(apply, touchpoints, "Branch visit", branch), new SetTouchpointChannel(branch, "Branch"),
            new AddCard(onboard, touchpoints, "App login", app), new SetTouchpointChannel(app, "App"), new AssignOwner(app, Operations.Id),
            new AddCard(apply, emotions, "Nervous", nervous), new SetEmotionScore(nervous, -2),
            new AddCard(apply, pains, "Card declined", declined), new AssignOwner(declined, Operations.Id), new SetPainPointSeverity(declined, 5),
            new SetPainPointStatus(declined, PainPointStatus.InProgress, "Work started"), new SetPainPointConcerns(declined, [branch, web]),
            new AddCard(onboard, pains, "Slow ID check", slow), new AssignOwner(slow, Operations.Id),
            new SetPainPointStatus(slow, PainPointStatus.Resolved, "Fix shipped"), new SetPainPointConcerns(slow, [app, web]),
            new AddCard(onboard, pains, "Lost letter", lost),
            new AddHandoff(web, declined, "raised", webToDeclined), new AddHandoff(branch, app, null, branchToApp),
            new AddHandoff(lost, web, "chased", lostToWeb));
    }

    private static readonly Dictionary<string, Func<UndoPlannerTests, MapCommand[]>> Cases = new()
    {
        ["add a stage"] = t => [new AddStage("Compare", Placement: new Placement(AfterId: t.awareness))],
        ["rename a stage"] = t => [new RenameStage(t.apply, "Application")],
        ["move a stage"] = t => [new MoveStage(t.onboard, new Placement(BeforeId: t.awareness))],
        ["move the first stage to the end"] = t => [new MoveStage(t.awareness, Placement.AtEnd)],
        ["remove a stage with cards, handoffs and concerns"] = t => [new RemoveStage(t.apply)],
        ["add a lane"] = t => [new AddLane("Backstage", LaneKind.Backstage, Placement: new Placement(AfterId: t.thoughts))],
        ["rename a lane"] = t => [new RenameLane(t.emotions, "Feelings")],
        ["move a lane"] = t => [new MoveLane(t.pains, new Placement(BeforeId: t.thoughts))],
        ["remove a lane whose cards have handoffs and concerns"] = t => [new RemoveLane(t.touchpoints)],
        ["add a card"] = t => [new AddCard(t.apply, t.thoughts, "Reads reviews", Placement: new Placement(AfterId: t.first))],
        ["edit a card's text"] = t => [new EditCardText(t.second, "Fees look very high")],
        ["move a card down its cell"] = t => [new MoveCard(t.first, t.apply, t.thoughts, new Placement(AfterId: t.third))],
        ["move a card to the front of its cell"] = t => [new MoveCard(t.third, t.apply, t.thoughts, new Placement(BeforeId: t.first))],
        ["move a card to another cell"] = t => [new MoveCard(t.second, t.onboard, t.thoughts)],
        ["restyle a card"] = t => [new RestyleCard(t.first, CardColour.Pink, ["later", "choice"])],
        ["clear a card's style"] = t => [new RestyleCard(t.web, null, [])],
        ["remove a note"] = t => [new RemoveCard(t.second)],
        ["remove a touchpoint with handoffs, facets and concerns on it"] = t => [new RemoveCard(t.web)],
        ["remove a pain point with status, concerns and handoffs"] = t => [new RemoveCard(t.declined)],
        ["remove a resolved pain point"] = t => [new RemoveCard(t.slow)],
        ["set an emotion score"] = t => [new SetEmotionScore(t.nervous, 3)],
        ["assign an owner"] = t => [new AssignOwner(t.branch, Operations.Id)],
        ["unassign an owner"] = t => [new AssignOwner(t.web, null)],
        ["set a channel"] = t => [new SetTouchpointChannel(t.web, "Mobile web")],
        ["clear a channel"] = t => [new SetTouchpointChannel(t.branch, null)],
        ["set KPI targets"] = t => [new SetKpiTargets(t.web, null, 3m, null)],
        ["set feedback rules"] = t => [new SetFeedbackRules(t.web, [new FeedbackRule(FeedbackRuleKind.Channel, "email")])],
        ["tag a moment of truth"] = t => [new TagMomentOfTruth(t.branch, "First impression")],
        ["retag a moment of truth"] = t => [new TagMomentOfTruth(t.web, "Where trust is won")],
        ["untag a moment of truth"] = t => [new UntagMomentOfTruth(t.web)],
        ["set a severity"] = t => [new SetPainPointSeverity(t.declined, 1)],
        ["own and acknowledge a pain point"] = t => [new AssignOwner(t.lost, Operations.Id), new SetPainPointStatus(t.lost, PainPointStatus.Acknowledged, "Seen in the heat")],
        ["reopen a pain point"] = t => [new SetPainPointStatus(t.declined, PainPointStatus.Open, "Came back after the release")],
        ["set concerns"] = t => [new SetPainPointConcerns(t.lost, [t.app, t.branch])],
        ["add a handoff"] = t => [new AddHandoff(t.first, t.second, "asks")],
        ["relabel a handoff"] = t => [new RelabelHandoff(t.webToDeclined, "escalated")],
        ["remove a handoff"] = t => [new RemoveHandoff(t.branchToApp)],
        ["edit the map's details"] = t => [new EditMapDetails("Switching banks", null, "Moving a salary", "Easy to leave, easier to join")],
        ["a batch touching one card several times"] = t =>
        [
            new AddCard(t.apply, t.thoughts, "Batch", NewCard, new Placement(BeforeId: t.second)), new EditCardText(NewCard, "Batch, edited"),
            new MoveCard(t.first, t.onboard, t.thoughts), new RemoveCard(t.branch), new SetEmotionScore(t.nervous, 1),
            new AddHandoff(NewCard, t.third), new MoveCard(NewCard, t.onboard, t.thoughts, new Placement(BeforeId: t.first)),
        ],
        ["a batch removing both ends of a handoff"] = t => [new RemoveCard(t.web), new RemoveCard(t.declined)],
        ["a batch removing neighbours in a cell"] = t => [new RemoveCard(t.second), new RemoveCard(t.first)],
        ["a batch removing a lane and then a stage"] = t => [new RemoveLane(t.pains), new RemoveStage(t.onboard)],
    };

    public static TheoryData<string> Changes => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Undo_gives_back_the_map_and_redo_gives_back_the_change(string change)
    {
        var original = Map;
        var undo = Commit(Ana, change, Cases[change](this));
        var changed = Map;
        Assert.NotEqual(Shape(original), Shape(changed));
        Assert.All(undo.Guards, g => Assert.True(g.StillAsLeft(changed), g.What));

        var redo = Commit(Ana, undo.Description, undo.Commands);
        Assert.Equal(Shape(original), Shape(Map));
        Assert.All(redo.Guards, g => Assert.True(g.StillAsLeft(Map), g.What));

        Commit(Ana, redo.Description, redo.Commands);
        Assert.Equal(Shape(changed), Shape(Map));
    }

    [Fact]
    public void A_removed_verified_pain_point_comes_back_resolved_because_only_feedback_can_verify_it()
    {
        When(Actor.System, new SetPainPointStatus(slow, PainPointStatus.Verified, "verified"));
        var undo = Commit(Ana, "Remove", new RemoveCard(slow));
        Commit(Ana, undo.Description, undo.Commands);
        Assert.Equal(PainPointStatus.Resolved, Map.RequireCard(slow, "id").PainPoint!.Status);
        Assert.Equal([app, web], Map.RequireCard(slow, "id").PainPoint!.ConcernsTouchpointIds);
    }

    [Fact]
    public void Undoing_a_status_move_the_domain_cannot_take_back_is_refused_by_the_domain()
    {
        var undo = Commit(Ana, "Resolve", new SetPainPointStatus(declined, PainPointStatus.Resolved, "Fix shipped"));
        var refusal = Assert.Throws<DomainRuleViolation>(() => Commit(Ana, undo.Description, undo.Commands));
        Assert.Contains("only to Open", refusal.Message);
    }

    [Fact]
    public void Changes_that_are_not_canvas_edits_cannot_be_undone()
    {
        Assert.False(Commit(Ana, "Archive", new ArchiveMap()).CanUndo);
        Assert.False(Commit(Ana, "Link", new EditCardText(first, "x"), new LinkCounterpart(Guid.NewGuid())).CanUndo);
        Assert.True(Commit(Ana, "Edit", new EditCardText(first, "y")).CanUndo);
    }

    [Fact]
    public void The_undo_of_a_removal_names_the_removed_card_and_everything_its_removal_changed()
    {
        var undo = Commit(Ana, "Remove", new RemoveCard(web));
        Assert.Equal(
            ["the handoff 'chased'", "the handoff 'raised'", "the pain point 'Card declined'", "the pain point 'Slow ID check'", "the touchpoint 'Online form'"],
            undo.Guards.Select(g => g.What).Order());
    }
}
