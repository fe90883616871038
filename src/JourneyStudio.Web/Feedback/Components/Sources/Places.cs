namespace JourneyStudio.Web.Feedback.Components.Sources;

/// <summary>Where an item or rejection is, shortened for narrow columns: the place in the file or page, and the file or page itself.</summary>
public static class Places
{
    /// <summary>"https://host/a/page-2.html, review 3" → ("review 3", "page-2.html").</summary>
    public static (string Place, string File) Split(string where)
    {
        var comma = where.IndexOf(", ", StringComparison.Ordinal);
        var (head, tail) = comma < 0 ? (where, "") : (where[..comma], where[(comma + 2)..]);
        var file = Uri.TryCreate(head, UriKind.Absolute, out var url) ? Uri.UnescapeDataString(url.Segments.LastOrDefault() ?? head) : head;
        // A selector-read item says which selector found it ("item 3 (div.review)"); the title attribute keeps that.
        var paren = tail.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && tail.EndsWith(')')) tail = tail[..paren];
        return tail.Length == 0 ? (file, "") : (tail, file);
    }
}
