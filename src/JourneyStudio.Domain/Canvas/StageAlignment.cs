using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Domain.Canvas;

/// <summary>One column of a side-by-side comparison: the stage of each map that sits in it, or null for a gap.</summary>
public sealed record AlignedStage(Stage? Current, Stage? Future)
{
    public string Name => Current?.Name ?? Future!.Name;
}

/// <summary>
/// Lines up the stages of a current-state map and its future-state counterpart: stages with the same name (ignoring
/// case and spacing) share a column, in the order both maps agree on; the rest get a column of their own where they fall.
/// </summary>
public static class StageAlignment
{
    public static IReadOnlyList<AlignedStage> Align(JourneyMap current, JourneyMap future)
    {
        var a = current.OrderedStages.ToList();
        var b = future.OrderedStages.ToList();
        // Longest common subsequence on names: the matches that keep both maps' orders.
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                lengths[i, j] = Same(a[i], b[j]) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);

        var columns = new List<AlignedStage>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && Same(a[x], b[y])) columns.Add(new AlignedStage(a[x++], b[y++]));
            else if (y >= b.Count || (x < a.Count && lengths[x + 1, y] >= lengths[x, y + 1])) columns.Add(new AlignedStage(a[x++], null));
            else columns.Add(new AlignedStage(null, b[y++]));
        }
        return columns;
    }

    private static bool Same(Stage a, Stage b) => Normal(a.Name) == Normal(b.Name);

    private static string Normal(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
