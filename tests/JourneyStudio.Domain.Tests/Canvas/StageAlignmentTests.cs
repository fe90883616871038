using JourneyStudio.Domain.Canvas;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Tests.Maps;

namespace JourneyStudio.Domain.Tests.Canvas;

public class StageAlignmentTests : MapSpecification
{
    private JourneyMap MapWith(params string[] stages)
    {
        var created = new CreateMap("m", MapState.Current, null).Decide(Guid.NewGuid(), null, Context(Ana));
        var (_, map) = MapDecider.DecideAll(JourneyMap.Start(created), stages.Select(s => (MapCommand)new AddStage(s)).ToList(), Context(Ana));
        return map;
    }

    private static IEnumerable<string> Columns(IReadOnlyList<AlignedStage> columns) =>
        columns.Select(c => $"{c.Current?.Name ?? "-"}|{c.Future?.Name ?? "-"}");

    [Fact]
    public void Stages_with_the_same_name_share_a_column_and_new_ones_sit_where_they_fall()
    {
        var current = MapWith("Discover", "Apply", "Wait for post", "Activate");
        var future = MapWith("discover", "Apply", "Instant decision", "Activate", "Recommend");
        Assert.Equal(["Discover|discover", "Apply|Apply", "Wait for post|-", "-|Instant decision", "Activate|Activate", "-|Recommend"],
            Columns(StageAlignment.Align(current, future)));
    }

    [Fact]
    public void Reordered_stages_keep_each_map_in_its_own_order()
    {
        var current = MapWith("A", "B", "C");
        var future = MapWith("C", "A", "B");
        var columns = StageAlignment.Align(current, future);
        Assert.Equal(["A", "B", "C"], columns.Where(c => c.Current is not null).Select(c => c.Current!.Name));
        Assert.Equal(["C", "A", "B"], columns.Where(c => c.Future is not null).Select(c => c.Future!.Name));
        Assert.Equal(2, columns.Count(c => c.Current is not null && c.Future is not null));
    }
}
