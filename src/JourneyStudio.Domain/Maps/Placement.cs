namespace JourneyStudio.Domain.Maps;

/// <summary>
/// Where to put something among its siblings, as an intent: right after one, right before one, or at the end
/// when neither is given. The order key is computed from the state at decision time, so intents never collide.
/// A named neighbour can be gone by then (someone removed it or moved it elsewhere while the intent was on its
/// way, or before an undo ran): the intent still lands, after the neighbour if it is there, else before the
/// other, else at the end, because refusing it would lose the person's change over a hint about its place.
/// </summary>
public sealed record Placement(Guid? AfterId = null, Guid? BeforeId = null)
{
    public static readonly Placement AtEnd = new();

    /// <summary>The index among <paramref name="siblings"/> (ordered, without the item being placed).</summary>
    public int IndexAmong<T>(IReadOnlyList<T> siblings, Func<T, Guid> id)
    {
        if (AfterId is { } after && IndexOf(siblings, id, after) is var previous and >= 0) return previous + 1;
        if (BeforeId is { } before && IndexOf(siblings, id, before) is var next and >= 0) return next;
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
