using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Scores;
using JourneyStudio.Web.Feedback.Sources;

namespace JourneyStudio.Web.Feedback.Components.Sources;

/// <summary>The wizard's editable copy of a source: plain settable values for binding, turned into a <see cref="SourceRequest"/>.</summary>
public sealed class SourceForm
{
    public string Name { get; set; } = "";
    public SourceKind Kind { get; set; }
    public bool ByUpload { get; set; }
    public string Url { get; set; } = "";
    public string Schedule { get; set; } = "0 6 * * *";
    public bool Enabled { get; set; } = true;
    public ScoreKind ScaleKind { get; set; } = ScoreKind.None;
    public double ScaleMin { get; set; }
    public double ScaleMax { get; set; }
    public bool HigherIsBetter { get; set; } = true;
    public string TimeZone { get; set; } = "";
    public string DateFormat { get; set; } = "";
    public bool DayFirst { get; set; } = true;
    public string Channel { get; set; } = "";
    public int MaxPages { get; set; } = 10;
    public string Delimiter { get; set; } = "";
    public string Encoding { get; set; } = "";
    public int HeaderRow { get; set; } = 1;
    public int SkipRowsAfterHeader { get; set; }
    public Dictionary<string, string> Fields { get; } = Parts.ToDictionary(p => p.Key, _ => "");
    public bool HtmlAuto { get; set; } = true;
    public Dictionary<string, string> Html { get; } = HtmlParts.ToDictionary(p => p.Key, _ => "");
    public string ItemsPath { get; set; } = "";
    public PaginationKind Pagination { get; set; }
    public string NextPath { get; set; } = "";
    public string CursorPath { get; set; } = "";
    public string CursorParameter { get; set; } = "cursor";
    public string PageParameter { get; set; } = "page";
    public string Algorithm { get; set; } = "HMACSHA256";
    public string SignatureHeader { get; set; } = "X-Signature";
    public string SignaturePrefix { get; set; } = "sha256=";
    public SignatureEncoding SignatureEncoding { get; set; }
    public string TimestampHeader { get; set; } = "X-Timestamp";
    public int ToleranceSeconds { get; set; } = 300;
    public string DeliveryIdHeader { get; set; } = "X-Delivery-Id";
    public List<SkipRow> Skip { get; } = [];

    /// <summary>The parts of an item a column, path or element can be mapped to, with their labels.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Parts =
    [
        ("text", "Feedback text"), ("score", "Score"), ("date", "Date"), ("externalId", "External id"), ("title", "Title"),
        ("author", "Author"), ("contact", "Contact"), ("channel", "Channel"), ("url", "Page URL"), ("score2", "Second score"),
    ];

    public static readonly IReadOnlyList<(string Key, string Label)> HtmlParts =
    [
        ("item", "Item"), ("text", "Text"), ("score", "Score"), ("date", "Date"), ("author", "Author"), ("externalId", "External id"),
        ("title", "Title"), ("exclude", "Leave out (business replies)"),
    ];

    public sealed class SkipRow
    {
        public string Field { get; set; } = "";
        public string Value { get; set; } = "";
    }

    public static SourceForm New(SourceKind kind) => new()
    {
        Kind = kind,
        Schedule = kind == SourceKind.Webhook ? "" : "0 6 * * *",
        ByUpload = kind == SourceKind.Csv,
    };

    public static SourceForm Of(FeedbackSource s)
    {
        var form = new SourceForm
        {
            Name = s.Name, Kind = s.Kind, ByUpload = s.Kind == SourceKind.Csv && s.Url is null, Url = s.Url ?? "", Schedule = s.Schedule ?? "",
            Enabled = s.Enabled, ScaleKind = s.Scale.Kind, ScaleMin = s.Scale.Min, ScaleMax = s.Scale.Max, HigherIsBetter = s.Scale.HigherIsBetter,
            TimeZone = s.TimeZone ?? "", DateFormat = s.DateFormat ?? "", DayFirst = s.DayFirst, Channel = s.Channel ?? "", MaxPages = s.MaxPages,
            Delimiter = s.Csv.Delimiter is { } d ? d.ToString() : "", Encoding = s.Csv.Encoding ?? "", HeaderRow = s.Csv.HeaderRow,
            SkipRowsAfterHeader = s.Csv.SkipRowsAfterHeader, HtmlAuto = s.Html.Auto, ItemsPath = s.Json.ItemsPath, Pagination = s.Json.Pagination,
            NextPath = s.Json.NextPath ?? "", CursorPath = s.Json.CursorPath ?? "", CursorParameter = s.Json.CursorParameter, PageParameter = s.Json.PageParameter,
        };
        var f = s.Fields;
        foreach (var (key, value) in new[] { ("text", f.Text), ("score", f.Score), ("date", f.Date), ("externalId", f.ExternalId), ("title", f.Title),
                     ("author", f.Author), ("contact", f.Contact), ("channel", f.Channel), ("url", f.Url), ("score2", f.Score2) })
            form.Fields[key] = value ?? "";
        var h = s.Html;
        foreach (var (key, value) in new[] { ("item", h.Item), ("text", h.Text), ("score", h.Score), ("date", h.Date), ("author", h.Author),
                     ("externalId", h.ExternalId), ("title", h.Title), ("exclude", h.Exclude) })
            form.Html[key] = value ?? "";
        if (s.Webhook is { } w)
            (form.Algorithm, form.SignatureHeader, form.SignaturePrefix, form.SignatureEncoding, form.TimestampHeader, form.ToleranceSeconds, form.DeliveryIdHeader) =
                (w.Algorithm, w.SignatureHeader, w.SignaturePrefix, w.Encoding, w.TimestampHeader ?? "", w.ToleranceSeconds, w.DeliveryIdHeader ?? "");
        form.Skip.AddRange(s.Skip.Select(r => new SkipRow { Field = r.Field, Value = r.Value }));
        return form;
    }

    /// <summary>Sets the usual range of a scale kind when the user picks it.</summary>
    public void UseScale(ScoreKind kind)
    {
        ScaleKind = kind;
        (ScaleMin, ScaleMax, HigherIsBetter) = kind switch
        {
            ScoreKind.Nps => (0d, 10d, true),
            ScoreKind.Csat or ScoreKind.Stars => (1d, 5d, true),
            ScoreKind.Ces => (1d, 7d, false),
            ScoreKind.Thumbs => (0d, 1d, true),
            ScoreKind.Label => (-1d, 1d, true),
            _ => (0d, 0d, true),
        };
    }

    public SourceRequest ToRequest()
    {
        string? F(string key) => Blank(Fields[key]);
        string? H(string key) => Blank(Html[key]);
        return new SourceRequest(
            Name, Kind, ByUpload && Kind == SourceKind.Csv ? null : Blank(Url), Kind == SourceKind.Webhook ? null : Blank(Schedule), Enabled,
            ScaleKind == ScoreKind.None ? ScoreScale.None : new ScoreScale(ScaleKind, ScaleMin, ScaleMax, HigherIsBetter),
            Blank(DateFormat), DayFirst, Blank(Channel), MaxPages,
            new FieldMap(F("text"), F("title"), F("score"), F("date"), F("author"), F("contact"), F("externalId"), F("channel"), F("url"), F("score2")),
            new CsvSettings(Delimiter is "\\t" or "tab" ? '\t' : Delimiter.Length == 1 ? Delimiter[0] : null, Blank(Encoding), HeaderRow, SkipRowsAfterHeader),
            new HtmlSettings(HtmlAuto, H("item"), H("text"), H("title"), H("score"), H("date"), H("author"), H("externalId"), H("exclude")),
            new JsonSettings(ItemsPath.Trim(), Pagination, Blank(NextPath), Blank(CursorPath), CursorParameter.Trim(), PageParameter.Trim()),
            Kind == SourceKind.Webhook ? new WebhookOptions(Algorithm, SignatureHeader, SignaturePrefix, SignatureEncoding, Blank(TimestampHeader), ToleranceSeconds, Blank(DeliveryIdHeader)) : null,
            Kind == SourceKind.Csv && Fields["score2"].Length > 0 ? ScoreScale.Csat : null,
            Blank(TimeZone),
            Skip.Where(r => r.Field.Trim().Length > 0).Select(r => new SkipRule(r.Field, r.Value)).ToList());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
