namespace JourneyStudio.Web.Collaboration;

/// <summary>
/// Each person keeps one colour everywhere (their cursor, their avatar, their lines in the history), picked from a
/// palette readable on white cards. Chosen from the name because history entries know people by name only.
/// </summary>
public static class PresenceColours
{
    private static readonly string[] Palette =
        ["#d1495b", "#00798c", "#c77d0a", "#6a4c93", "#2a9d8f", "#e76f51", "#3d5a80", "#5a8f29", "#c9184a", "#1982c4"];

    public static string For(string name)
    {
        // FNV-1a: stable across processes and restarts, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in name) hash = (hash ^ c) * 16777619u;
        return Palette[hash % (uint)Palette.Length];
    }

    public static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
}
