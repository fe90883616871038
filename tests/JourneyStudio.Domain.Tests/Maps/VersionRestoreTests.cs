using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Maps;

public class VersionRestoreTests : MapSpecification
{
    private readonly Guid stage, lane, kept;
    private readonly JourneyMap earlier;

    public VersionRestoreTests()
    {
        stage = AddStage("Awareness");
        lane = AddLane("Thoughts", LaneKind.Thoughts);
        kept = AddCard(stage, lane, "Is this bank for me?");
        earlier = Map.Clone();
    }

    [Fact]
    public void Restoring_a_version_brings_its_content_back_as_one_new_event()
    {
        var later = AddCard(stage, lane, "Added after");
        Given(new EditCardText(kept, "Changed after"), new EditMapDetails("Renamed", null, null, null));
        var before = Map.Version;

        var events = When(Ben, new RestoreVersion(earlier.Version, earlier.Content()));

        var restored = Assert.IsType<VersionRestored>(Assert.Single(events));
        Assert.Equal(earlier.Version, restored.FromVersion);
        Assert.Equal(before + 1, Map.Version);
        Assert.Equal(["Is this bank for me?"], TextsIn(stage, lane));
        Assert.Equal("Opening an account", Map.Title);
        // What the restore took away is remembered, so a late edit to it is refused with who removed it.
        Assert.Equal("Ben", Map.Removed[later].By);
        var refused = Assert.Throws<TargetRemoved>(() => When(new EditCardText(later, "too late")));
        Assert.Contains("removed by Ben", refused.Message);
    }

    [Fact]
    public void Something_removed_since_that_version_comes_back_and_can_be_edited_again()
    {
        Given(new RemoveCard(kept));
        Given(new RestoreVersion(earlier.Version, earlier.Content()));

        Assert.False(Map.Removed.ContainsKey(kept));
        Given(new EditCardText(kept, "Back again"));
        Assert.Equal(["Back again"], TextsIn(stage, lane));
    }

    [Fact]
    public void Only_an_earlier_version_of_an_unarchived_map_can_be_restored()
    {
        var now = Assert.Throws<DomainRuleViolation>(() => When(new RestoreVersion(Map.Version, Map.Content())));
        Assert.Equal("version", now.Field);
        Given(new ArchiveMap());
        var archived = Assert.Throws<DomainRuleViolation>(() => When(new RestoreVersion(earlier.Version, earlier.Content())));
        Assert.Contains("archived", archived.Message);
    }
}
