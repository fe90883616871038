using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Maps;

public class JourneyMapPainPointTests : MapSpecification
{
    private readonly Guid stage, touchpoint, pain;

    public JourneyMapPainPointTests()
    {
        stage = AddStage("Onboarding");
        var touchpoints = AddLane("Touchpoints", LaneKind.Touchpoints);
        var pains = AddLane("Pain points", LaneKind.PainPoints);
        touchpoint = AddCard(stage, touchpoints, "ID check in the app");
        pain = AddCard(stage, pains, "Selfie check fails in low light");
    }

    [Fact]
    public void Acknowledging_a_pain_point_without_an_owner_is_refused()
    {
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointStatus(pain, PainPointStatus.Acknowledged, "Seen in the heat")));
        Assert.Equal("status", refusal.Field);
        Assert.Contains("owner", refusal.Message);
    }

    [Fact]
    public void An_owned_pain_point_moves_forward_and_records_who_and_from_what()
    {
        Given(new AssignOwner(pain, Operations.Id));
        var e = Assert.IsType<PainPointStatusSet>(Assert.Single(When(Ben, new SetPainPointStatus(pain, PainPointStatus.Resolved, "New camera guidance shipped"))));
        Assert.Equal((PainPointStatus.Open, PainPointStatus.Resolved, "Ben"), (e.From, e.To, e.By.Name));
        Assert.Equal(Noon, Map.RequireCard(pain, "id").PainPoint!.ResolvedAt);
    }

    [Fact]
    public void Nobody_can_set_verified_by_hand()
    {
        Given(new AssignOwner(pain, Operations.Id), new SetPainPointStatus(pain, PainPointStatus.Resolved, "Fix shipped"));
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointStatus(pain, PainPointStatus.Verified, "verified")));
        Assert.Contains("feedback", refusal.Message);
    }

    [Fact]
    public void Going_back_is_only_to_open_and_needs_a_reason()
    {
        Given(new AssignOwner(pain, Operations.Id), new SetPainPointStatus(pain, PainPointStatus.InProgress, "Work started"));
        Assert.Equal("status", Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointStatus(pain, PainPointStatus.Acknowledged, "Seen in the heat"))).Field);
        Assert.Equal("reason", Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointStatus(pain, PainPointStatus.Open))).Field);
        When(new SetPainPointStatus(pain, PainPointStatus.Open, "Fix rolled back"));
        Assert.Equal(PainPointStatus.Open, Map.RequireCard(pain, "id").PainPoint!.Status);
    }

    [Fact]
    public void An_owner_must_be_a_department_of_the_workspace()
    {
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new AssignOwner(touchpoint, Guid.NewGuid())));
        Assert.Equal("departmentId", refusal.Field);
    }

    [Fact]
    public void A_moment_of_truth_is_a_touchpoint_flag_with_a_reason()
    {
        When(new TagMomentOfTruth(touchpoint, "Fail here and they never finish opening the account"));
        Assert.Equal("Ana", Map.RequireCard(touchpoint, "id").Touchpoint!.MomentOfTruth!.TaggedBy);
        Assert.Equal("cardId", Assert.Throws<DomainRuleViolation>(() => When(new TagMomentOfTruth(pain, "not a touchpoint"))).Field);
        When(new UntagMomentOfTruth(touchpoint));
        Assert.Null(Map.RequireCard(touchpoint, "id").Touchpoint!.MomentOfTruth);
    }

    [Fact]
    public void A_pain_point_concerns_touchpoints_only_and_forgets_removed_ones()
    {
        When(new SetPainPointConcerns(pain, [touchpoint]));
        Assert.Equal([touchpoint], Map.RequireCard(pain, "id").PainPoint!.ConcernsTouchpointIds);
        Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointConcerns(pain, [pain])));
        When(new RemoveCard(touchpoint));
        Assert.Empty(Map.RequireCard(pain, "id").PainPoint!.ConcernsTouchpointIds);
    }

    [Fact]
    public void KPI_targets_outside_their_scales_are_refused_by_field()
    {
        Assert.Equal("nps", Assert.Throws<DomainRuleViolation>(() => When(new SetKpiTargets(touchpoint, 120, null, null))).Field);
        Assert.Equal("csat", Assert.Throws<DomainRuleViolation>(() => When(new SetKpiTargets(touchpoint, null, 6m, null))).Field);
        When(new SetKpiTargets(touchpoint, 40, 4.5m, 2m));
        Assert.Equal(new KpiTargets(40, 4.5m, 2m), Map.RequireCard(touchpoint, "id").Touchpoint!.Kpis);
    }

    [Fact]
    public void A_handoff_needs_two_different_cards_and_is_not_drawn_twice()
    {
        Assert.Equal("toCardId", Assert.Throws<DomainRuleViolation>(() => When(new AddHandoff(touchpoint, touchpoint))).Field);
        When(new AddHandoff(touchpoint, pain, "raised by support"));
        Assert.Throws<DomainRuleViolation>(() => When(new AddHandoff(touchpoint, pain)));
        var handoff = Map.Handoffs.Single();
        When(new RemoveHandoff(handoff.Id));
        Assert.Throws<TargetRemoved>(() => When(new RelabelHandoff(handoff.Id, "again")));
    }
}
