using JourneyStudio.Domain.Feedback.Scores;

namespace JourneyStudio.Web.Feedback.Sources;

public enum SourceKind { Csv, Html, Feed, Json, Webhook }

/// <summary>
/// Where a workspace's feedback comes from and how to read it. Admins and Facilitators configure sources; a
/// schedule (cron, UTC) makes it a recurring Hangfire job.
/// </summary>
public sealed class FeedbackSource
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public string Name { get; set; } = "";
    public SourceKind Kind { get; set; }
    /// <summary>Where to fetch from (CSV by URL, HTML, feed, JSON); null for an uploaded file or a webhook.</summary>
    public string? Url { get; set; }
    /// <summary>The uploaded file (a <see cref="FeedbackUpload"/>) a CSV source reads when it has no URL.</summary>
    public Guid? UploadId { get; set; }
    public string? Schedule { get; set; }
    public bool Enabled { get; set; } = true;
    public ScoreScale Scale { get; set; } = ScoreScale.None;
    /// <summary>The scale of <see cref="FieldMap.Score2"/>, read when the main score is blank (an NPS column, else a CSAT one).</summary>
    public ScoreScale? Scale2 { get; set; }
    /// <summary>Zone of dates written without an offset (IANA id such as Europe/London); UTC when null.</summary>
    public string? TimeZone { get; set; }
    /// <summary>Items that are not customer feedback (a survey preview, a staff reply), left out with the rule named.</summary>
    public List<JourneyStudio.Domain.Feedback.SkipRule> Skip { get; set; } = [];
    public string? DateFormat { get; set; }
    public bool DayFirst { get; set; } = true;
    /// <summary>The channel of every item from this source when the data does not say (e.g. "App Store").</summary>
    public string? Channel { get; set; }
    /// <summary>How many pages a run follows at most (rel=next, next links, cursors, page numbers).</summary>
    public int MaxPages { get; set; } = 10;
    public FieldMap Fields { get; set; } = FieldMap.Empty;
    public CsvSettings Csv { get; set; } = new();
    public HtmlSettings Html { get; set; } = new();
    public JsonSettings Json { get; set; } = new();
    public WebhookSettings? Webhook { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? LastRunId { get; set; }
}

/// <summary>
/// Where each part of an item is found: a column name (CSV), a path (JSON, e.g. <c>rating.value</c>), or an
/// element name (feeds). Null means "not present" (CSV, JSON) or "the usual place" (feeds).
/// </summary>
public sealed record FieldMap(
    string? Text = null, string? Title = null, string? Score = null, string? Date = null, string? Author = null,
    string? Contact = null, string? ExternalId = null, string? Channel = null, string? Url = null, string? Score2 = null)
{
    public static readonly FieldMap Empty = new();

    public IEnumerable<(string Part, string Name)> Mapped()
    {
        foreach (var (part, name) in new[] { ("text", Text), ("title", Title), ("score", Score), ("date", Date), ("author", Author),
                     ("contact", Contact), ("id", ExternalId), ("channel", Channel), ("url", Url), ("score2", Score2) })
            if (!string.IsNullOrWhiteSpace(name)) yield return (part, name.Trim());
    }
}

/// <summary>CSV/TSV reading. Null delimiter or encoding means "detect". Rows are numbered from 1 as in a text editor.</summary>
public sealed record CsvSettings(char? Delimiter = null, string? Encoding = null, int HeaderRow = 1, int SkipRowsAfterHeader = 0);

/// <summary>
/// HTML review pages. With <see cref="Auto"/>, schema.org Review data (JSON-LD, then microdata) is used when the
/// page has it; otherwise the selectors. A selector may end in <c>@attribute</c> to read an attribute
/// (<c>.stars@data-rating</c>, <c>time@datetime</c>, or <c>@data-id</c> on the item itself).
/// Elements matching <see cref="Exclude"/> (e.g. <c>.owner-reply</c>) are never read: replies by the business are not feedback.
/// </summary>
public sealed record HtmlSettings(
    bool Auto = true, string? Item = null, string? Text = null, string? Title = null, string? Score = null, string? Date = null,
    string? Author = null, string? ExternalId = null, string? Exclude = null);

public enum PaginationKind { None, NextLink, Cursor, Page }

/// <summary>
/// JSON endpoints: <see cref="ItemsPath"/> finds the array of items (empty: the document itself); the
/// <see cref="FeedbackSource.Fields"/> paths are read inside each item. Pagination follows a next link (relative
/// URLs resolved against the page), a cursor put into <see cref="CursorParameter"/>, or page numbers.
/// </summary>
public sealed record JsonSettings(
    string ItemsPath = "", PaginationKind Pagination = PaginationKind.None, string? NextPath = null, string? CursorPath = null,
    string CursorParameter = "cursor", string PageParameter = "page", int FirstPage = 1);

public enum SignatureEncoding { Hex, Base64 }

/// <summary>
/// A source that pushes: POST /api/feedback/webhooks/{sourceId}. The body is signed with HMAC over
/// "{timestamp}.{body}" (or the body alone when there is no timestamp header); the signature header may carry a
/// prefix such as "sha256=". Deliveries older than the tolerance, or seen before, are refused.
/// </summary>
public sealed record WebhookSettings(
    string Secret, string Algorithm = "HMACSHA256", string SignatureHeader = "X-Signature", string SignaturePrefix = "sha256=",
    SignatureEncoding Encoding = SignatureEncoding.Hex, string? TimestampHeader = "X-Timestamp", int ToleranceSeconds = 300,
    string? DeliveryIdHeader = "X-Delivery-Id");

/// <summary>An uploaded file, kept so that "Import now" can read it again.</summary>
public sealed class FeedbackUpload
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
}
