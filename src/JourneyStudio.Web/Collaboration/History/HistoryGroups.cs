using JourneyStudio.Web.Maps;

namespace JourneyStudio.Web.Collaboration;

/// <summary>A run of changes by one person with no long pause between them, shown as one item of the history.</summary>
public sealed record HistoryGroup(string Actor, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<HistoryEntry> Entries)
{
    public int NewestVersion => Entries[0].Version;
}

public static class HistoryGroups
{
    /// <summary>Changes further apart than this start a new group, even by the same person.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(5);

    /// <param name="entries">Newest first, as the history reads them.</param>
    public static IReadOnlyList<HistoryGroup> Of(IReadOnlyList<HistoryEntry> entries)
    {
        var groups = new List<HistoryGroup>();
        var run = new List<HistoryEntry>();
        foreach (var entry in entries)
        {
            if (run.Count > 0 && (run[0].Actor != entry.Actor || run[^1].At - entry.At > Pause))
            {
                groups.Add(Close(run));
                run = [];
            }
            run.Add(entry);
        }
        if (run.Count > 0) groups.Add(Close(run));
        return groups;
    }

    private static HistoryGroup Close(List<HistoryEntry> run) => new(run[0].Actor, run[^1].At, run[0].At, run);
}
