using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Blueprints;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Maps;

public class BlueprintPlannerTests : MapSpecification
{
    private static MapBlueprint Sample(params BlueprintCard[] cards) => new("T", MapState.Current, null, null, null,
        [new BlueprintStage("s", "Support")],
        [new BlueprintLane("tp", "Touchpoints", LaneKind.Touchpoints), new BlueprintLane("pp", "Pain", LaneKind.PainPoints)],
        cards, []);

    [Fact]
    public void A_blueprint_becomes_a_map_with_owners_statuses_and_links()
    {
        var blueprint = Sample(
            new BlueprintCard("chat", "s", "tp", "Live chat") { OwnerDepartmentId = Operations.Id, Channel = "Chat" },
            new BlueprintCard("wait", "s", "pp", "Waits 40 min") { OwnerDepartmentId = Operations.Id, Severity = 4, Status = PainPointStatus.InProgress, Concerns = ["chat"] });
        var ids = new Dictionary<string, Guid>();
        When(BlueprintPlanner.Plan(blueprint, k => ids.TryGetValue(k, out var id) ? id : ids[k] = Guid.NewGuid()).ToArray());
        var pain = Map.RequireCard(ids["card:wait"], "id").PainPoint!;
        Assert.Equal((4, PainPointStatus.InProgress), (pain.Severity, pain.Status));
        Assert.Equal([ids["card:chat"]], pain.ConcernsTouchpointIds);
        Assert.Equal("Chat", Map.RequireCard(ids["card:chat"], "id").Touchpoint!.Channel);
    }

    [Fact]
    public void A_blueprint_card_in_an_undefined_stage_is_refused_naming_the_card()
    {
        var refusal = Assert.Throws<DomainRuleViolation>(() => BlueprintPlanner.Plan(Sample(new BlueprintCard("x", "nowhere", "tp", "t")), _ => Guid.NewGuid()));
        Assert.Equal("x", refusal.Field);
        Assert.Contains("nowhere", refusal.Message);
    }

    [Fact]
    public void A_duplicate_keeps_content_but_not_verification()
    {
        var blueprint = Sample(new BlueprintCard("wait", "s", "pp", "Waits") { OwnerDepartmentId = Operations.Id, Status = PainPointStatus.Resolved });
        var ids = new Dictionary<string, Guid>();
        When(BlueprintPlanner.Plan(blueprint, k => ids.TryGetValue(k, out var id) ? id : ids[k] = Guid.NewGuid()).ToArray());
        When(Actor.System, new Domain.Maps.Commands.SetPainPointStatus(ids["card:wait"], PainPointStatus.Verified, "verified"));
        var copy = BlueprintOfMap.From(Map, "Copy");
        Assert.Equal(PainPointStatus.Resolved, copy.Cards.Single().Status);
        Assert.Equal(Map.Cards.Count, copy.Cards.Count);
    }
}
