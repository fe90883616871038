using JourneyStudio.Domain.Feedback;
using JourneyStudio.Web.Feedback.Fetching;
using JourneyStudio.Web.Feedback.Sources;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>What a reader yields, one at a time: an item found, a rejection (the rest goes on), or a page read.</summary>
public readonly record struct ReadOutcome(FeedbackDraft? Draft, Rejection? Rejection, string? Page = null)
{
    public static ReadOutcome Of(FeedbackDraft draft) => new(draft, null);
    public static ReadOutcome Rejected(string where, string? field, string reason) => new(null, new Rejection(where, field, reason));
    public static ReadOutcome PageRead(string url) => new(null, null, url);
}

/// <summary>The whole source could not be read (a DTD in a feed, a missing column, nothing found): nothing is imported from it.</summary>
public sealed class SourceUnreadable(string where, string reason) : Exception($"{where}: {reason}")
{
    public string Where { get; } = where;
    public string Reason { get; } = reason;
}

/// <summary>What a reader may use: the source, the bytes of an upload, and a fetch that respects the workspace's allow-list.</summary>
public sealed class ReadContext(FeedbackSource source, Func<Uri, CancellationToken, Task<FetchedDocument>> fetch, byte[]? upload = null, string? uploadName = null)
{
    public FeedbackSource Source { get; } = source;
    public byte[]? Upload { get; } = upload;
    public string? UploadName { get; } = uploadName;
    public List<string> Notes { get; } = [];

    public Task<FetchedDocument> FetchAsync(Uri url, CancellationToken ct) => fetch(url, ct);

    public Uri SourceUrl => Uri.TryCreate(Source.Url, UriKind.Absolute, out var url)
        ? url : throw new SourceUnreadable(Source.Url ?? "(no URL)", "the source has no valid absolute http(s) URL.");
}

public interface IFeedbackReader
{
    IAsyncEnumerable<ReadOutcome> ReadAsync(ReadContext context, CancellationToken ct);
}
