using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps;

/// <summary>
/// Where to put something among its siblings, as an intent: right after one, right before one, or at the end
/// when neither is given. The order key is computed from the state at decision time, so intents never collide.
/// </summary>
public sealed record Placement(Guid? AfterId = null, Guid? BeforeId = null)
{
    public static readonly Placement AtEnd = new();

    /// <summary>The index among <paramref name="siblings"/> (ordered, without the item being placed).</summary>
    public int IndexAmong<T>(IReadOnlyList<T> siblings, Func<T, Guid> id)
    {
        if (AfterId is { } after)
        {
            var index = IndexOf(siblings, id, after);
            if (index < 0) throw new DomainRuleViolation("placement.afterId", $"{after} is not among the items it should follow.");
            return index + 1;
        }
        if (BeforeId is { } before)
        {
            var index = IndexOf(siblings, id, before);
            if (index < 0) throw new DomainRuleViolation("placement.beforeId", $"{before} is not among the items it should precede.");
            return index;
        }
        return siblings.Count;
    }

    /// <summary>
    /// The key that puts <paramref name="moving"/> here among <paramref name="siblings"/> (ordered, possibly including it),
    /// or null when it already stands exactly there.
    /// </summary>
    public string? KeyForMove<T>(IReadOnlyList<T> siblings, Guid moving, Func<T, Guid> id, Func<T, string> key)
    {
        var others = siblings.Where(s => id(s) != moving).ToList();
        var index = IndexAmong(others, id);
        return index == IndexOf(siblings, id, moving) ? null : KeyAt(others, index, key);
    }

    public string KeyAmong<T>(IReadOnlyList<T> siblings, Func<T, Guid> id, Func<T, string> key) =>
        KeyAt(siblings, IndexAmong(siblings, id), key);

    public static string KeyAt<T>(IReadOnlyList<T> siblings, int index, Func<T, string> key)
    {
        var lower = index > 0 ? key(siblings[index - 1]) : null;
        var upper = index < siblings.Count ? key(siblings[index]) : null;
        // Equal neighbouring keys only arise from hand-made data; placing after the lower one keeps the order total.
        if (lower is not null && upper is not null && OrderKey.Compare(lower, upper) >= 0) upper = null;
        return OrderKey.Between(lower, upper);
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, Guid> id, Guid wanted)
    {
        for (var i = 0; i < items.Count; i++) if (id(items[i]) == wanted) return i;
        return -1;
    }
}
