using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.History;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Maps;

public class JourneyMapGridTests : MapSpecification
{
    [Fact]
    public void Stages_can_be_reordered_by_placing_one_before_another()
    {
        var a = AddStage("Awareness");
        AddStage("Purchase");
        var c = AddStage("Consideration");
        When(new MoveStage(c, new Placement(BeforeId: Map.OrderedStages.ElementAt(1).Id)));
        Assert.Equal(["Awareness", "Consideration", "Purchase"], Map.OrderedStages.Select(s => s.Name));
        Assert.Empty(When(new MoveStage(a, new Placement(BeforeId: c))));
    }

    [Fact]
    public void The_last_stage_cannot_be_removed()
    {
        var only = AddStage("Only");
        Assert.Equal("stageId", Assert.Throws<DomainRuleViolation>(() => When(new RemoveStage(only))).Field);
    }

    [Fact]
    public void Renaming_a_removed_lane_says_it_was_removed()
    {
        AddLane("Keep", LaneKind.Actions);
        var lane = AddLane("Backstage", LaneKind.Backstage);
        When(Ben, new RemoveLane(lane));
        Assert.Contains("lane 'Backstage' was removed by Ben", Assert.Throws<TargetRemoved>(() => When(new RenameLane(lane, "x"))).Message);
    }

    [Fact]
    public void A_stage_with_an_unknown_id_is_reported_against_the_field()
    {
        var refusal = Assert.Throws<DomainRuleViolation>(() => When(new RenameStage(Guid.NewGuid(), "x")));
        Assert.Equal("stageId", refusal.Field);
    }

    [Fact]
    public void Folding_the_events_gives_the_same_map_as_deciding_them()
    {
        var created = new CreateMap("Rebuilt", MapState.Future).Decide(Guid.NewGuid(), null, Context(Ana));
        var map = JourneyMap.Start(created);
        var (decided, after) = MapDecider.DecideAll(map, [new AddStage("Use"), new AddLane("Thoughts", LaneKind.Thoughts), new AddStage("Renew", Placement: Placement.AtEnd)], Context(Ana));
        var folded = JourneyMap.Fold([created, .. decided])!;
        Assert.Equal(after.Version, folded.Version);
        Assert.Equal(after.OrderedStages.Select(s => s.Name), folded.OrderedStages.Select(s => s.Name));
    }

    [Fact]
    public void History_reads_as_a_sentence_naming_who_did_what_where()
    {
        var payment = AddStage("Payment");
        var other = AddStage("Browse");
        var pains = AddLane("Pain points", LaneKind.PainPoints);
        var card = AddCard(other, pains, "Card declined");
        var before = Map.Clone();
        var moved = When(Ana, new MoveCard(card, payment, pains)).Single();
        Assert.Equal("Ana moved 'Card declined' to Payment · Pain points", EventDescriber.Describe(moved, before, Workspace));
    }

    [Theory]
    [InlineData("Pain points", LaneKind.PainPoints, "Ana added the lane 'Pain points'")]
    [InlineData("Worries", LaneKind.PainPoints, "Ana added the lane 'Worries' (pain points)")]
    [InlineData("Backstage", LaneKind.SupportProcesses, "Ana added the lane 'Backstage' (support processes)")]
    public void A_new_lane_is_told_in_words_with_its_kind_only_where_the_name_does_not_say_it(string name, LaneKind kind, string sentence)
    {
        AddStage("Payment");
        var before = Map.Clone();
        var added = When(Ana, new AddLane(name, kind, Guid.NewGuid())).Single();
        Assert.Equal(sentence, EventDescriber.Describe(added, before, Workspace));
    }
}
