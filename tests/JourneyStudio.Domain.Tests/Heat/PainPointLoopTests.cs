using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.History;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Tests.Maps;

namespace JourneyStudio.Domain.Tests.Heat;

/// <summary>The lifecycle rules of Maps and the closed loop of Heat, run end to end on one pain point.</summary>
public class PainPointLoopTests : MapSpecification
{
    private readonly Guid pain;

    public PainPointLoopTests()
    {
        var stage = AddStage("Onboarding");
        AddCard(stage, AddLane("Touchpoints", LaneKind.Touchpoints), "ID check in the app");
        pain = AddCard(stage, AddLane("Pain points", LaneKind.PainPoints), "Selfie check fails in low light");
    }

    private PainPointFacet Pain => Map.RequireCard(pain, "id").PainPoint!;

    private static IEnumerable<ScoredItem> Side(DateTimeOffset from, int n, int negatives) =>
        Enumerable.Range(0, n).Select(i => new ScoredItem(from.AddDays(i), i < negatives ? -0.7 : 0.3));

    [Fact]
    public void The_loop_runs_from_open_to_verified_and_back_to_open_when_the_fix_does_not_hold()
    {
        Assert.Equal("status", Assert.Throws<DomainRuleViolation>(() => When(new SetPainPointStatus(pain, PainPointStatus.Acknowledged, "Seen in the heat"))).Field);

        Given(new AssignOwner(pain, Operations.Id));
        When(Ana, new SetPainPointStatus(pain, PainPointStatus.Acknowledged, "Seen in the March heat"));
        When(Ben, new SetPainPointStatus(pain, PainPointStatus.InProgress, "Work started"));
        When(Ben, new SetPainPointStatus(pain, PainPointStatus.Resolved, "Camera guidance shipped in 4.2"));
        var fixedAt = Pain.ResolvedAt!.Value;

        // 20 of 50 negative in the 50 days before the fix; 5 of 50 in the 50 days after
        var improved = ClosedLoop.Verify(Pain, Side(fixedAt.AddDays(-50), 50, 20).Concat(Side(fixedAt, 50, 5)), fixedAt.AddDays(60), ClosedLoopSettings.Default);
        var before = Map;
        var verified = When(Actor.System, ClosedLoop.StatusChange(Map.RequireCard(pain, "id"), improved)!);
        Assert.Equal(PainPointStatus.Verified, Pain.Status);
        Assert.StartsWith("JourneyStudio moved 'Selfie check fails in low light' from Resolved to Verified: verified: negative feedback fell from 40% (20 of 50)",
            EventDescriber.Describe(verified.Single(), before, Workspace));

        // later feedback in a re-check around the same fix date says it got worse
        var worse = ClosedLoop.Verify(fixedAt, Side(fixedAt.AddDays(-50), 50, 5).Concat(Side(fixedAt, 50, 20)), fixedAt.AddDays(60), ClosedLoopSettings.Default);
        When(Actor.System, ClosedLoop.StatusChange(Map.RequireCard(pain, "id"), worse)!);
        Assert.Equal(PainPointStatus.Open, Pain.Status);
        Assert.Null(Pain.ResolvedAt);
        Assert.Equal(Operations.Id, Pain.OwnerDepartmentId); // the owner stays with the reopened pain point
    }
}
