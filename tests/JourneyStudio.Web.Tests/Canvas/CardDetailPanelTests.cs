using AngleSharp.Dom;
using Bunit;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Canvas.Components;
using JourneyStudio.Web.Tests.Heat;
using Microsoft.AspNetCore.Components.Web;

namespace JourneyStudio.Web.Tests.Canvas;

public class CardDetailPanelTests : BunitContext
{
    private static readonly Actor Ana = new(Guid.NewGuid(), "Ana");
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly Department service = new(Guid.NewGuid(), "Customer Service", "#0ea5e9");
    private readonly Department operations = new(Guid.NewGuid(), "Operations", "#f97316");
    private readonly Workspace workspace;
    private readonly Guid onboarding = Guid.NewGuid(), touchpoints = Guid.NewGuid(), emotions = Guid.NewGuid(), pains = Guid.NewGuid();
    private readonly Guid touchpoint = Guid.NewGuid(), emotion = Guid.NewGuid(), pain = Guid.NewGuid();
    private readonly List<IReadOnlyList<MapCommand>> sent = [];
    private IReadOnlyList<MapCommand> taken = [];
    private JourneyMap map;

    public CardDetailPanelTests()
    {
        ComponentFactories.AddStub<Web.Feedback.Components.Evidence.FeedbackRulesEditor>();
        ComponentFactories.AddStub<Web.Feedback.Components.Evidence.TouchpointEvidence>();
        workspace = new Workspace { Id = Guid.NewGuid(), Name = "Bank", Departments = [service, operations] };
        map = JourneyMap.Start(new CreateMap("Opening an account").Decide(Guid.NewGuid(), null, Context()));
        Services.AddLifecycleSection(() => map, Noon);
        Apply(
            new AddStage("Onboarding", onboarding),
            new AddLane("Touchpoints", LaneKind.Touchpoints, touchpoints),
            new AddLane("Emotions", LaneKind.Emotions, emotions),
            new AddLane("Pain points", LaneKind.PainPoints, pains),
            new AddCard(onboarding, touchpoints, "ID check in the app", touchpoint),
            new AddCard(onboarding, emotions, "Nervous about the selfie", emotion),
            new AddCard(onboarding, pains, "Selfie check fails in low light", pain));
    }

    [Fact]
    public void The_header_names_the_kind_and_the_cell()
    {
        var panel = Open(touchpoint).Find("aside[role=complementary]");
        Assert.Equal("Card details", panel.GetAttribute("aria-label"));
        Assert.Contains("Touchpoint", panel.QuerySelector(".kind")!.TextContent);
        Assert.Equal("Onboarding › Touchpoints", Normal(panel.QuerySelector(".where")!.TextContent));
    }

    [Fact]
    public void Closing_asks_the_parent()
    {
        var closed = false;
        var cut = Render<CardDetailPanel>(p => p.Add(x => x.Card, map.FindCard(pain)!).Add(x => x.Map, map)
            .Add(x => x.Workspace, workspace).Add(x => x.OnClose, () => closed = true));
        cut.Find("[aria-label='Close details']").Click();
        Assert.True(closed);
    }

    [Fact]
    public void Text_is_sent_on_blur_and_on_ctrl_enter_but_only_once()
    {
        var cut = Open(touchpoint);
        var text = ByLabel(cut, "Text");
        text.Input("ID check in the app, **with a selfie**");
        text.KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });
        ByLabel(cut, "Text").Blur();
        Assert.Equal(new EditCardText(touchpoint, "ID check in the app, **with a selfie**"), Assert.Single(SentOne()));
    }

    [Fact]
    public void Choosing_an_accountable_department_sends_AssignOwner()
    {
        var cut = Open(touchpoint);
        var select = ByLabel(cut, "Accountable department");
        Assert.Equal(["— none —", "Customer Service", "Operations"], select.QuerySelectorAll("option").Select(o => o.TextContent.Trim()));
        select.Change(service.Id.ToString());
        Assert.Equal(new AssignOwner(touchpoint, service.Id), Assert.Single(SentOne()));
        Accept();
    }

    [Fact]
    public void Kpi_targets_are_sent_as_one_command()
    {
        var cut = Open(touchpoint);
        ByLabel(cut, "NPS").Change("40");
        Assert.Equal(new SetKpiTargets(touchpoint, 40, null, null), Assert.Single(SentOne()));
        Accept(cut);

        ByLabel(cut, "CSAT").Change("4.5");
        Assert.Equal(new SetKpiTargets(touchpoint, 40, 4.5m, null), Assert.Single(SentOne()));
        Accept(cut);

        ByLabel(cut, "NPS").Change("");
        Assert.Equal(new SetKpiTargets(touchpoint, null, 4.5m, null), Assert.Single(SentOne()));
    }

    [Fact]
    public void A_value_the_domain_refuses_is_still_sent()
    {
        ByLabel(Open(touchpoint), "NPS").Change("150");
        Assert.Equal(new SetKpiTargets(touchpoint, 150, null, null), Assert.Single(SentOne()));
        Assert.Throws<DomainRuleViolation>(() => Accept());
    }

    [Fact]
    public void Channel_suggests_the_channels_already_on_the_map()
    {
        var other = Guid.NewGuid();
        Apply(new AddCard(onboarding, touchpoints, "Branch visit", other), new SetTouchpointChannel(other, "Branch"));
        var cut = Open(touchpoint);
        Assert.Equal(["Branch"], cut.FindAll("#cdp-channels option").Select(o => o.GetAttribute("value")));
        ByLabel(cut, "Channel").Change("App");
        Assert.Equal(new SetTouchpointChannel(touchpoint, "App"), Assert.Single(SentOne()));
    }

    [Fact]
    public void Tagging_a_moment_of_truth_needs_a_reason()
    {
        var cut = Open(touchpoint);
        Assert.True(ByLabel(cut, "★ Moment of truth").HasAttribute("disabled"));

        ByLabel(cut, "Reason").Input("Where trust is won or lost");
        var toggle = ByLabel(cut, "★ Moment of truth");
        Assert.False(toggle.HasAttribute("disabled"));
        toggle.Click();
        Assert.Equal(new TagMomentOfTruth(touchpoint, "Where trust is won or lost"), Assert.Single(SentOne()));
        Accept(cut);

        Assert.Equal("true", ByLabel(cut, "★ Moment of truth").GetAttribute("aria-checked"));
        Assert.Equal("Where trust is won or lost", ByLabel(cut, "Reason").GetAttribute("value"));
        ByLabel(cut, "★ Moment of truth").Click();
        Assert.Equal(new UntagMomentOfTruth(touchpoint), Assert.Single(SentOne()));
    }

    [Fact]
    public void Setting_an_emotion_score_sends_SetEmotionScore()
    {
        var cut = Open(emotion);
        var group = cut.Find("[role=radiogroup][aria-label='Emotion score']");
        Assert.Equal(7, group.QuerySelectorAll("input[type=radio]").Length);
        Assert.True(ByLabel(cut, "0 Neutral").HasAttribute("checked"));
        ByLabel(cut, "+2 Happy").Change(true);
        Assert.Equal(new SetEmotionScore(emotion, 2), Assert.Single(SentOne()));
        Accept();
    }

    [Fact]
    public void Each_emotion_score_is_a_face_drawn_for_it_not_an_emoji_a_system_may_lack()
    {
        var group = Open(emotion).Find("[role=radiogroup][aria-label='Emotion score']");
        var faces = group.QuerySelectorAll("label svg.emotion-face");
        Assert.Equal(7, faces.Length);
        Assert.Equal(7, faces.Select(f => f.InnerHtml).Distinct().Count());
        Assert.DoesNotContain(group.TextContent, c => char.IsSurrogate(c));
        Assert.Equal(["−3", "−2", "−1", "0", "+1", "+2", "+3"], group.QuerySelectorAll("label .num").Select(n => n.TextContent.Trim()));
    }

    [Fact]
    public void Severity_and_concerns_are_sent_for_a_pain_point()
    {
        var cut = Open(pain);
        ByLabel(cut, "5 Critical").Change(true);
        Assert.Equal(new SetPainPointSeverity(pain, 5), Assert.Single(SentOne()));
        ByLabel(cut, "ID check in the app").Change(true);
        var concerns = Assert.IsType<SetPainPointConcerns>(Assert.Single(SentOne()));
        Assert.Equal([touchpoint], concerns.TouchpointIds);
    }

    [Fact]
    public void Concerns_can_be_searched_when_the_map_has_many_touchpoints()
    {
        Assert.Empty(Open(pain).FindAll("#cdp-concerns-find"));
        Apply(Enumerable.Range(1, 8).Select(i => (MapCommand)new AddCard(onboarding, touchpoints, $"Reminder email {i}")).ToArray());
        var cut = Open(pain);
        ByLabel(cut, "Find a touchpoint").Input("selfie");
        Assert.Empty(cut.FindAll(".checks li"));
        ByLabel(cut, "Find a touchpoint").Input("id check");
        Assert.Equal(["ID check in the app"], cut.FindAll(".checks label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void Tags_are_added_with_enter_and_removed_with_the_cross()
    {
        var cut = Open(touchpoint);
        ByLabel(cut, "Tags").Input("kyc");
        ByLabel(cut, "Tags").KeyDown(Key.Enter);
        Assert.Equal(["kyc"], Assert.IsType<RestyleCard>(Assert.Single(SentOne())).Tags);
        Accept(cut);
        Assert.Equal("", ByLabel(cut, "Tags").GetAttribute("value") ?? "");

        cut.Find("[aria-label='Remove tag kyc']").Click();
        Assert.Empty(Assert.IsType<RestyleCard>(Assert.Single(SentOne())).Tags!);
    }

    [Fact]
    public void The_tag_input_closes_at_the_limit()
    {
        Apply(new RestyleCard(touchpoint, null, Enumerable.Range(1, Limits.Tags).Select(i => $"t{i}").ToList()));
        Assert.True(ByLabel(Open(touchpoint), "Tags").HasAttribute("disabled"));
    }

    [Fact]
    public void Choosing_a_colour_restyles_the_card_and_keeps_its_tags()
    {
        Apply(new RestyleCard(touchpoint, null, ["kyc"]));
        var cut = Open(touchpoint);
        Assert.Equal(10, cut.FindAll("input[name=cdp-colour]").Count);
        ByLabel(cut, "Teal").Change(true);
        var restyle = Assert.IsType<RestyleCard>(Assert.Single(SentOne()));
        Assert.Equal(CardColour.Teal, restyle.Colour);
        Assert.Equal(["kyc"], restyle.Tags!);
    }

    [Fact]
    public void Relabelling_and_deleting_a_handoff()
    {
        var handoff = Guid.NewGuid();
        Apply(new AssignOwner(pain, operations.Id), new AddHandoff(touchpoint, pain, "Escalates", handoff));
        var cut = Open(touchpoint);
        Assert.Contains("Operations", cut.Find(".handoff .dept").TextContent);

        var label = ByLabel(cut, "Label of handoff to Selfie check fails in low light");
        Assert.Equal("Escalates", label.GetAttribute("value"));
        label.Input("Hands over the failed check");
        label.KeyDown(Key.Enter);
        ByLabel(cut, "Label of handoff to Selfie check fails in low light").Blur();
        Assert.Equal(new RelabelHandoff(handoff, "Hands over the failed check"), Assert.Single(SentOne()));

        cut.Find("[aria-label='Delete handoff to Selfie check fails in low light']").Click();
        Assert.Equal(new RemoveHandoff(handoff), Assert.Single(SentOne()));

        // Seen from the other end, the same handoff comes from the touchpoint.
        Assert.Single(Open(pain).FindAll("[aria-label='Delete handoff from ID check in the app']"));
    }

    [Fact]
    public void An_unchanged_value_sends_nothing()
    {
        Apply(new AssignOwner(touchpoint, service.Id), new SetKpiTargets(touchpoint, 40, 4.5m, null), new RestyleCard(touchpoint, CardColour.Blue, []));
        var cut = Open(touchpoint);
        ByLabel(cut, "Text").Input("ID check in the app ");
        ByLabel(cut, "Text").Blur();
        ByLabel(cut, "Text").Blur();
        ByLabel(cut, "Accountable department").Change(service.Id.ToString());
        ByLabel(cut, "CSAT").Change("4.50");
        ByLabel(cut, "Blue").Change(true);
        ByLabel(cut, "Tags").KeyDown(Key.Enter);

        var emotionPanel = Open(emotion);
        ByLabel(emotionPanel, "0 Neutral").Change(true);
        var painPanel = Open(pain);
        ByLabel(painPanel, "3 Significant").Change(true);
        Assert.Empty(sent);
        Assert.Equal("4.5", ByLabel(cut, "CSAT").GetAttribute("value"));
    }

    [Fact]
    public void A_viewer_sees_every_field_but_can_change_none()
    {
        Apply(new AssignOwner(touchpoint, service.Id), new RestyleCard(touchpoint, null, ["kyc"]),
            new AddHandoff(touchpoint, pain, "Escalates"));
        foreach (var card in new[] { touchpoint, emotion, pain })
        {
            var cut = Open(card, canEdit: false);
            // Closing the panel and watching a pain point are for everyone.
            var controls = cut.FindAll("input, select, textarea, button")
                .Where(e => e.GetAttribute("aria-label") != "Close details" && e.GetAttribute("data-testid") != "ppl-watch").ToList();
            Assert.NotEmpty(controls);
            Assert.All(controls, c => Assert.True(c.HasAttribute("disabled") || c.HasAttribute("readonly"), c.OuterHtml));
            Assert.Contains("View only", cut.Markup);
        }

        var touchpointPanel = Open(touchpoint, canEdit: false);
        Assert.Equal("ID check in the app", ByLabel(touchpointPanel, "Text").GetAttribute("value"));
        Assert.True(touchpointPanel.Find($"option[value='{service.Id}']").HasAttribute("selected"));
        ByLabel(touchpointPanel, "Text").Input("Changed by a viewer");
        ByLabel(touchpointPanel, "Text").Blur();
        ByLabel(touchpointPanel, "Accountable department").Change(operations.Id.ToString());
        Assert.Empty(sent);
    }

    [Fact]
    public void The_domain_refusal_is_shown()
    {
        var cut = Open(touchpoint, error: "nps must be between -100 and 100; got 150.");
        var alert = cut.Find(".error-banner[role=alert]");
        Assert.Equal("nps must be between -100 and 100; got 150.", alert.TextContent.Trim());
        cut.Render(p => p.Add(x => x.Error, null));
        Assert.Empty(cut.FindAll(".error-banner"));
    }

    [Fact]
    public void A_refused_value_stays_in_its_box()
    {
        var cut = Open(touchpoint);
        ByLabel(cut, "NPS").Change("150");
        cut.Render(p => p.Add(x => x.Error, "nps must be between -100 and 100; got 150."));
        Assert.Equal("150", ByLabel(cut, "NPS").GetAttribute("value"));
    }

    [Fact]
    public void Someone_elses_edit_shows_unless_that_field_is_being_typed_in()
    {
        var cut = Open(touchpoint);
        ByLabel(cut, "Text").Input("My half-typed");
        ByLabel(cut, "NPS").Input("4");
        ByLabel(cut, "NPS").Blur(); // typed and took back: no change event, so nothing is being typed there any more
        Apply(new EditCardText(touchpoint, "Ben's wording"), new SetTouchpointChannel(touchpoint, "Phone"), new SetKpiTargets(touchpoint, 30, null, null));
        Rerender(cut);
        Assert.Equal("My half-typed", ByLabel(cut, "Text").GetAttribute("value"));
        Assert.Equal("Phone", ByLabel(cut, "Channel").GetAttribute("value"));
        Assert.Equal("30", ByLabel(cut, "NPS").GetAttribute("value"));
        Assert.Empty(sent);
    }

    [Fact]
    public void Local_edits_reset_when_another_card_is_selected()
    {
        var other = Guid.NewGuid();
        Apply(new AddCard(onboarding, touchpoints, "Welcome call", other));
        var cut = Open(touchpoint);
        ByLabel(cut, "Text").Input("Never committed");
        ByLabel(cut, "Tags").Input("draft-tag");
        cut.Render(p => p.Add(x => x.Card, map.FindCard(other)!).Add(x => x.Map, map));
        Assert.Equal("Welcome call", ByLabel(cut, "Text").GetAttribute("value"));
        Assert.Equal("", ByLabel(cut, "Tags").GetAttribute("value") ?? "");
    }

    // ---- a map built through the domain, and the panel over it ---------------------------------------------------

    private DecisionContext Context() => new(Ana, Noon, workspace.Catalog, Guid.NewGuid);

    private void Apply(params MapCommand[] commands) => map = MapDecider.DecideAll(map, commands, Context()).After;

    private IRenderedComponent<CardDetailPanel> Open(Guid cardId, bool canEdit = true, string? error = null) =>
        Render<CardDetailPanel>(p => p
            .Add(x => x.Card, map.FindCard(cardId)!)
            .Add(x => x.Map, map)
            .Add(x => x.Workspace, workspace)
            .Add(x => x.CanEdit, canEdit)
            .Add(x => x.Error, error)
            .Add(x => x.OnCommands, (IReadOnlyList<MapCommand> commands) => sent.Add(commands)));

    private void Rerender(IRenderedComponent<CardDetailPanel> cut) =>
        cut.Render(p => p.Add(x => x.Card, map.FindCard(cut.Instance.Card.Id)!).Add(x => x.Map, map));

    /// <summary>The one OnCommands call since the last look; the panel sends exactly one per user change.</summary>
    private IReadOnlyList<MapCommand> SentOne()
    {
        taken = Assert.Single(sent);
        sent.Clear();
        return taken;
    }

    /// <summary>Plays the parent: the domain decides what <see cref="SentOne"/> took, and the panel sees the new card.</summary>
    private void Accept(IRenderedComponent<CardDetailPanel>? cut = null)
    {
        Apply([.. taken]);
        if (cut is not null) Rerender(cut);
    }

    private static IElement ByLabel(IRenderedComponent<CardDetailPanel> cut, string text)
    {
        if (cut.FindAll("[aria-label]").FirstOrDefault(e => e.GetAttribute("aria-label") == text && e.LocalName != "aside") is { } named)
            return named;
        var label = cut.FindAll("label").Single(l => Normal(l.TextContent) == text);
        return cut.Find($"[id='{label.GetAttribute("for")}']");
    }

    private static string Normal(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
