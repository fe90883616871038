using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Editing;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Maps.History;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Maps;

/// <summary>Why, when and with what evidence a pain point moves: reasons, fix dates, evidence links and their undo.</summary>
public class PainPointLifecycleTests : MapSpecification
{
    private readonly Guid touchpoint, pain;
    private static readonly Guid Complaint = Guid.NewGuid();

    public PainPointLifecycleTests()
    {
        var stage = AddStage("Verify");
        touchpoint = AddCard(stage, AddLane("Touchpoints", LaneKind.Touchpoints), "ID check in the app");
        pain = AddCard(stage, AddLane("Pain points", LaneKind.PainPoints), "Selfie check fails in low light");
    }

    private PainPointFacet Pain => Map.RequireCard(pain, "id").PainPoint!;

    private string LastSentence(JourneyMap before, IReadOnlyList<IMapEvent> events) => EventDescriber.Describe(events.Single(), before, Workspace);

    [Fact]
    public void Acknowledging_without_an_owner_is_refused_with_a_message_naming_the_pain_point()
    {
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointStatus(pain, PainPointStatus.Acknowledged, "Seen in the heat")));
        Assert.Equal("Assign an owner department to 'Selfie check fails in low light' before moving it to Acknowledged.", refusal.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Every_status_change_needs_a_reason(string? reason)
    {
        Given(new AssignOwner(pain, Operations.Id));
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointStatus(pain, PainPointStatus.Acknowledged, reason)));
        Assert.Equal("reason", refusal.Field);
        Assert.Equal("Say why 'Selfie check fails in low light' moves to Acknowledged.", refusal.Message);
        Assert.Equal(PainPointStatus.Open, Pain.Status);
    }

    [Fact]
    public void Each_change_records_who_when_and_why_in_a_readable_history()
    {
        Given(new AssignOwner(pain, Operations.Id));
        var before = Map;
        var events = When(Ben, new SetPainPointStatus(pain, PainPointStatus.InProgress, "Camera guidance in sprint 14"));
        var e = Assert.IsType<PainPointStatusSet>(Assert.Single(events));
        Assert.Equal(("Ben", Noon, "Camera guidance in sprint 14"), (e.By.Name, e.At, e.Reason));
        Assert.Equal("Ben moved 'Selfie check fails in low light' from Open to In progress: Camera guidance in sprint 14", LastSentence(before, events));
    }

    [Fact]
    public void Resolving_records_the_fix_date_given_and_the_history_says_it()
    {
        var shipped = Noon.AddDays(-9);
        Given(new AssignOwner(pain, Operations.Id));
        var before = Map;
        var events = When(Ben, new SetPainPointStatus(pain, PainPointStatus.Resolved, "Guidance shipped in 4.2", shipped));
        Assert.Equal(shipped, Pain.ResolvedAt);
        Assert.Equal(Noon, Pain.StatusSince);
        Assert.Equal("Ben resolved 'Selfie check fails in low light' (fixed on 15 Nov 2026): Guidance shipped in 4.2", LastSentence(before, events));
    }

    [Fact]
    public void Resolving_without_a_fix_date_takes_the_moment_of_resolving()
    {
        Given(new AssignOwner(pain, Operations.Id), new SetPainPointStatus(pain, PainPointStatus.Resolved, "Shipped today"));
        Assert.Equal(Noon, Pain.ResolvedAt);
    }

    [Fact]
    public void A_fix_date_in_the_future_is_refused()
    {
        Given(new AssignOwner(pain, Operations.Id));
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointStatus(pain, PainPointStatus.Resolved, "Next release", Noon.AddDays(3))));
        Assert.Equal("fixedAt", refusal.Field);
        Assert.Contains("2026-11-27 is in the future", refusal.Message);
        Assert.Equal(PainPointStatus.Open, Pain.Status);
    }

    [Fact]
    public void A_fix_date_belongs_only_to_resolving()
    {
        Given(new AssignOwner(pain, Operations.Id));
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointStatus(pain, PainPointStatus.InProgress, "Started", Noon)));
        Assert.Equal("fixedAt", refusal.Field);
    }

    [Fact]
    public void Reopening_clears_the_fix_date_and_undoing_the_reopening_brings_the_same_fix_date_back()
    {
        var shipped = Noon.AddDays(-20);
        Given(new AssignOwner(pain, Operations.Id), new SetPainPointStatus(pain, PainPointStatus.Resolved, "Shipped", shipped));
        var before = Map.Clone();
        var reopened = When(Ana, new SetPainPointStatus(pain, PainPointStatus.Open, "Complaints are back"));
        Assert.Null(Pain.ResolvedAt);

        var undo = UndoPlanner.Plan(before, reopened, "Reopen");
        When(Ana, [.. undo.Commands]);
        Assert.Equal((PainPointStatus.Resolved, shipped), (Pain.Status, Pain.ResolvedAt));
    }

    [Fact]
    public void Linking_evidence_records_the_item_once_and_the_history_quotes_it()
    {
        var before = Map;
        var events = When(Ben, new LinkPainPointEvidence(pain, Complaint, "Took five selfies in my kitchen before it worked"));
        Assert.Equal([Complaint], Pain.EvidenceItemIds);
        Assert.Equal("Ben linked the feedback 'Took five selfies in my kitchen before it worked' as evidence for 'Selfie check fails in low light'",
            LastSentence(before, events));
        Assert.Empty(When(Ben, new LinkPainPointEvidence(pain, Complaint, "again")));
    }

    [Fact]
    public void A_link_quotes_an_items_text_on_one_line_cut_to_the_excerpt_limit()
    {
        Assert.Equal("Took five selfies. Still failed", LinkPainPointEvidence.Quoting(pain, Complaint, "  Took five selfies.\r\n\tStill failed ").Excerpt);
        var quoted = LinkPainPointEvidence.Quoting(pain, Complaint, new string('x', 500)).Excerpt;
        Assert.Equal(Limits.Excerpt, quoted.Length);
        Assert.EndsWith("…", quoted);
    }

    [Fact]
    public void Evidence_links_only_a_pain_point_and_only_a_named_item()
    {
        Assert.Equal("cardId", Assert.Throws<DomainRuleViolation>(() => When(new LinkPainPointEvidence(touchpoint, Complaint, ""))).Field);
        Assert.Equal("feedbackItemId", Assert.Throws<DomainRuleViolation>(() => When(new LinkPainPointEvidence(pain, Guid.Empty, ""))).Field);
    }

    [Fact]
    public void Undoing_an_evidence_link_unlinks_it_and_undoing_that_links_it_again()
    {
        var before = Map.Clone();
        var linked = When(new LinkPainPointEvidence(pain, Complaint, "Five selfies"));
        var undo = UndoPlanner.Plan(before, linked, "Link evidence");
        var beforeUndo = Map.Clone();
        var unlinked = When([.. undo.Commands]);
        Assert.Empty(Pain.EvidenceItemIds);
        When([.. UndoPlanner.Plan(beforeUndo, unlinked, "Undo").Commands]);
        Assert.Equal([Complaint], Pain.EvidenceItemIds);
    }

    [Fact]
    public void A_removed_pain_point_comes_back_with_its_evidence_and_fix_date()
    {
        var shipped = Noon.AddDays(-4);
        Given(new AssignOwner(pain, Operations.Id), new LinkPainPointEvidence(pain, Complaint, "Five selfies"),
            new SetPainPointStatus(pain, PainPointStatus.Resolved, "Shipped", shipped));
        var before = Map.Clone();
        var removed = When(new RemoveCard(pain));
        When([.. UndoPlanner.Plan(before, removed, "Remove").Commands]);
        Assert.Equal([Complaint], Pain.EvidenceItemIds);
        Assert.Equal(shipped, Pain.ResolvedAt);
    }
}
