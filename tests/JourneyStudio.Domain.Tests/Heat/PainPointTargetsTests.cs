using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Tests.Maps;

namespace JourneyStudio.Domain.Tests.Heat;

public class PainPointTargetsTests : MapSpecification
{
    private static PainPointFacet In(PainPointStatus status, DateTimeOffset since) =>
        PainPointFacet.New(since) with { Status = status, OwnerDepartmentId = Operations.Id };

    [Fact]
    public void A_pain_point_past_its_status_target_is_overdue_by_whole_days()
    {
        var targets = PainPointTargets.Default; // acknowledge within 5 days
        var deadline = targets.Deadline(In(PainPointStatus.Open, Noon), Noon.AddDays(7.5));

        Assert.Equal((5, Noon.AddDays(5), true, 2), (deadline.TargetDays!.Value, deadline.Due!.Value, deadline.IsOverdue, deadline.DaysOverdue));
        Assert.Equal("Open for 7 days, target 5 days: overdue by 2 days", deadline.Sentence);
    }

    [Fact]
    public void A_pain_point_within_its_target_is_due_not_overdue()
    {
        var targets = PainPointTargets.Default;
        var progress = targets.Deadline(In(PainPointStatus.InProgress, Noon), Noon.AddDays(12.25));
        Assert.False(progress.IsOverdue);
        Assert.Equal("In progress for 12 days, target 30 days: due in 18 days", progress.Sentence);

        var onTheDay = targets.Deadline(In(PainPointStatus.Acknowledged, Noon), Noon.AddDays(10));
        Assert.False(onTheDay.IsOverdue);
        Assert.Equal("Acknowledged for 10 days, target 10 days: due now", onTheDay.Sentence);

        var justLate = targets.Deadline(In(PainPointStatus.Acknowledged, Noon), Noon.AddDays(10).AddMinutes(1));
        Assert.True(justLate.IsOverdue);
        Assert.Equal("Acknowledged for 10 days, target 10 days: overdue", justLate.Sentence);
    }

    [Fact]
    public void Verified_pain_points_have_no_target()
    {
        var deadline = PainPointTargets.Default.Deadline(In(PainPointStatus.Verified, Noon), Noon.AddDays(400));
        Assert.Equal((null, null, false), (deadline.TargetDays, deadline.Due, deadline.IsOverdue));
        Assert.Equal("Verified; no target", deadline.Sentence);
    }

    [Fact]
    public void Target_days_are_the_workspaces_to_set()
    {
        var targets = new PainPointTargets(2, 3, 4, 5);
        Assert.Equal([2, 3, 4, 5, null], Enum.GetValues<PainPointStatus>().Select(targets.DaysFor));
        Assert.True(targets.Deadline(In(PainPointStatus.Open, Noon), Noon.AddDays(3)).IsOverdue);
        Assert.Equal("resolvedDays", Assert.Throws<DomainRuleViolation>(() => new PainPointTargets(5, 10, 30, 0)).Field);
    }

    [Fact]
    public void A_maps_overdue_pain_points_are_listed_longest_overdue_first()
    {
        var stage = AddStage("Support");
        var pains = AddLane("Pain points", LaneKind.PainPoints);
        var open = AddCard(stage, pains, "Nobody answers the chat");
        var working = AddCard(stage, pains, "Refunds take weeks");
        var done = AddCard(stage, pains, "Wrong opening hours online");
        Given(new AssignOwner(working, Operations.Id), new SetPainPointStatus(working, PainPointStatus.InProgress, "Work started"),
            new AssignOwner(done, Operations.Id), new SetPainPointStatus(done, PainPointStatus.Resolved, "Fix shipped"));
        When(Actor.System, new SetPainPointStatus(done, PainPointStatus.Verified, "verified"));

        Assert.Equal([open], PainPointTargets.Default.Overdue(Map, Noon.AddDays(6)).Select(x => x.PainPoint.Id));
        Assert.Equal([open, working], PainPointTargets.Default.Overdue(Map, Noon.AddDays(31)).Select(x => x.PainPoint.Id));
        Assert.Empty(PainPointTargets.Default.Overdue(Map, Noon.AddDays(4)));
    }
}
