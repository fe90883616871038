using Bunit;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Maps.Components;

namespace JourneyStudio.Web.Tests.Canvas;

/// <summary>A large map redraws only the cards a change touched, though every change hands every card a new map.</summary>
public class CardViewTests : BunitContext
{
    private static readonly Actor Ana = new(Guid.NewGuid(), "Ana");
    private readonly Workspace workspace = new() { Id = Guid.NewGuid(), Name = "Bank" };
    private readonly Guid onboarding = Guid.NewGuid(), notes = Guid.NewGuid();
    private readonly Guid selfie = Guid.NewGuid(), letter = Guid.NewGuid();
    private JourneyMap map;

    public CardViewTests()
    {
        map = JourneyMap.Start(new CreateMap("Opening an account").Decide(Guid.NewGuid(), null, Context()));
        Apply(new AddStage("Onboarding", onboarding), new AddLane("Thoughts", LaneKind.Thoughts, notes),
            new AddCard(onboarding, notes, "Selfie check fails in low light", selfie, Tags: ["app"]),
            new AddCard(onboarding, notes, "Letter never arrives", letter));
    }

    private DecisionContext Context() => new(Ana, DateTimeOffset.UtcNow, workspace.Catalog, Guid.NewGuid);

    private void Apply(params MapCommand[] commands) => map = MapDecider.DecideAll(map, commands, Context()).After;

    private IRenderedComponent<CardView> Show(Guid card) =>
        Render<CardView>(p => p.Add(x => x.Card, map.FindCard(card)!).Add(x => x.Map, map).Add(x => x.Workspace, workspace));

    /// <summary>The card as the next state read from the database holds it: equal in value, a new object with new lists.</summary>
    private Card Reread(Guid card) => map.FindCard(card)! with { Tags = [.. map.FindCard(card)!.Tags] };

    private void Hand(IRenderedComponent<CardView> cut, Card card) =>
        cut.Render(p => p.Add(x => x.Card, card).Add(x => x.Map, map).Add(x => x.Workspace, workspace));

    [Fact]
    public void A_card_that_a_change_elsewhere_did_not_touch_is_not_drawn_again()
    {
        var cut = Show(selfie);
        Apply(new EditCardText(letter, "Letter arrives after two weeks"));

        Hand(cut, Reread(selfie));

        Assert.Equal(1, cut.RenderCount);
    }

    [Fact]
    public void A_card_whose_text_changed_is_drawn_again()
    {
        var cut = Show(selfie);
        Apply(new EditCardText(selfie, "Selfie check fails **at night**"));

        Hand(cut, Reread(selfie));

        Assert.Equal(2, cut.RenderCount);
        Assert.Equal("at night", cut.Find("strong").TextContent);
    }

    [Fact]
    public void A_card_is_drawn_again_when_the_card_it_hands_off_to_is_renamed()
    {
        Apply(new AddHandoff(selfie, letter, "posts a letter"));
        var cut = Show(selfie);
        Apply(new EditCardText(letter, "Letter arrives after two weeks"));

        Hand(cut, Reread(selfie));

        Assert.Equal(2, cut.RenderCount);
        Assert.Contains("Letter arrives after two weeks", cut.Find(".handoff").TextContent);
    }
}
