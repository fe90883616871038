using JourneyStudio.Domain.Feedback.Scores;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Feedback.Jobs;
using JourneyStudio.Web.Feedback.Webhooks;

namespace JourneyStudio.Web.Feedback.Sources;

/// <summary>What a person sets on a source. The webhook secret is made by the server and shown once.</summary>
public sealed record SourceRequest(
    string Name, SourceKind Kind, string? Url = null, string? Schedule = null, bool Enabled = true, ScoreScale? Scale = null,
    string? DateFormat = null, bool DayFirst = true, string? Channel = null, int MaxPages = 10, FieldMap? Fields = null,
    CsvSettings? Csv = null, HtmlSettings? Html = null, JsonSettings? Json = null, WebhookOptions? Webhook = null,
    ScoreScale? Scale2 = null, string? TimeZone = null, IReadOnlyList<JourneyStudio.Domain.Feedback.SkipRule>? Skip = null)
{
    public const int MaxPagesLimit = 100;

    /// <summary>The checked values onto <paramref name="source"/>, or a <see cref="DomainRuleViolation"/> naming the field.</summary>
    public void ApplyTo(FeedbackSource source)
    {
        var name = Guard.Text(Name, "name", 80);
        if (!Enum.IsDefined(Kind)) throw new DomainRuleViolation("kind", $"'{Kind}' is not a source kind.");
        var url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim();
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")))
            throw new DomainRuleViolation("url", $"'{url}' is not an http or https address.");
        if (url is null && Kind is SourceKind.Html or SourceKind.Feed or SourceKind.Json)
            throw new DomainRuleViolation("url", $"A {Kind} source needs the address to fetch.");
        if (FeedbackScheduler.ScheduleProblem(Schedule) is { } problem) throw new DomainRuleViolation("schedule", problem);
        if (Kind == SourceKind.Webhook && !string.IsNullOrWhiteSpace(Schedule)) throw new DomainRuleViolation("schedule", "A webhook source is pushed to; it has no schedule.");
        if (MaxPages is < 1 or > MaxPagesLimit) throw new DomainRuleViolation("maxPages", $"maxPages must be between 1 and {MaxPagesLimit}; got {MaxPages}.");
        var csv = Csv ?? new CsvSettings();
        if (csv.HeaderRow < 1) throw new DomainRuleViolation("csv.headerRow", "The header row is counted from 1.");
        if (csv.SkipRowsAfterHeader is < 0 or > 20) throw new DomainRuleViolation("csv.skipRowsAfterHeader", "Between 0 and 20 rows can be skipped after the header.");
        if (csv.Encoding is { Length: > 0 } enc)
        {
            try { Import.TextDecoding.Detect([], enc); }
            catch (Import.SourceUnreadable e) { throw new DomainRuleViolation("csv.encoding", e.Reason); }
        }
        var html = Html ?? new HtmlSettings();
        if (Kind == SourceKind.Html && !html.Auto && string.IsNullOrWhiteSpace(html.Item))
            throw new DomainRuleViolation("html.item", "Without automatic schema.org detection, an item selector is needed.");
        var json = Json ?? new JsonSettings();
        if (Kind == SourceKind.Json && json.Pagination == PaginationKind.NextLink && string.IsNullOrWhiteSpace(json.NextPath))
            throw new DomainRuleViolation("json.nextPath", "Next-link pagination needs the path of the next link.");
        if (Kind == SourceKind.Json && json.Pagination == PaginationKind.Cursor && string.IsNullOrWhiteSpace(json.CursorPath))
            throw new DomainRuleViolation("json.cursorPath", "Cursor pagination needs the path of the cursor.");
        if (Kind is SourceKind.Json or SourceKind.Webhook && string.IsNullOrWhiteSpace((Fields ?? FieldMap.Empty).Text) && string.IsNullOrWhiteSpace((Fields ?? FieldMap.Empty).Score))
            throw new DomainRuleViolation("fields.text", "Say where the text (or at least the score) of each item is.");
        if (Kind == SourceKind.Csv && string.IsNullOrWhiteSpace((Fields ?? FieldMap.Empty).Text) && string.IsNullOrWhiteSpace((Fields ?? FieldMap.Empty).Score))
            throw new DomainRuleViolation("fields.text", "Choose the column with the feedback text (or at least the score).");

        if (TimeZone is { Length: > 0 } zone && !System.TimeZoneInfo.TryFindSystemTimeZoneById(zone.Trim(), out _))
            throw new DomainRuleViolation("timeZone", $"'{zone}' is not a time zone this server knows (e.g. Europe/London, America/Los_Angeles).");
        var skip = (Skip ?? []).ToList();
        for (var i = 0; i < skip.Count; i++)
            if (string.IsNullOrWhiteSpace(skip[i].Field)) throw new DomainRuleViolation($"skip[{i}].field", "Name the field the rule looks at.");

        source.Name = name;
        source.Scale2 = Scale2;
        source.TimeZone = string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone.Trim();
        source.Skip = skip.Select(r => new JourneyStudio.Domain.Feedback.SkipRule(r.Field.Trim(), (r.Value ?? "").Trim())).ToList();
        source.Kind = Kind;
        source.Url = Kind == SourceKind.Webhook ? null : url;
        source.Schedule = string.IsNullOrWhiteSpace(Schedule) ? null : Schedule.Trim();
        source.Enabled = Enabled;
        source.Scale = Scale ?? ScoreScale.None;
        source.DateFormat = string.IsNullOrWhiteSpace(DateFormat) ? null : DateFormat.Trim();
        source.DayFirst = DayFirst;
        source.Channel = string.IsNullOrWhiteSpace(Channel) ? null : Guard.Text(Channel, "channel", 40);
        source.MaxPages = MaxPages;
        source.Fields = Fields ?? FieldMap.Empty;
        source.Csv = csv;
        source.Html = html;
        source.Json = json;
        if (Kind == SourceKind.Webhook)
        {
            var options = Webhook ?? new WebhookOptions();
            try { WebhookSignature.Normalise(options.Algorithm); }
            catch (ArgumentException e) { throw new DomainRuleViolation("webhook.algorithm", e.Message); }
            if (string.IsNullOrWhiteSpace(options.SignatureHeader)) throw new DomainRuleViolation("webhook.signatureHeader", "Name the header that carries the signature.");
            if (options.ToleranceSeconds is < 10 or > 3600) throw new DomainRuleViolation("webhook.toleranceSeconds", "The replay window must be between 10 and 3600 seconds.");
            source.Webhook = new WebhookSettings(source.Webhook?.Secret ?? WebhookSignature.NewSecret(), WebhookSignature.Normalise(options.Algorithm),
                options.SignatureHeader.Trim(), options.SignaturePrefix ?? "", options.Encoding,
                string.IsNullOrWhiteSpace(options.TimestampHeader) ? null : options.TimestampHeader.Trim(), options.ToleranceSeconds,
                string.IsNullOrWhiteSpace(options.DeliveryIdHeader) ? null : options.DeliveryIdHeader.Trim());
        }
        else source.Webhook = null;
    }
}

/// <summary>The webhook settings a person chooses; the secret is not among them.</summary>
public sealed record WebhookOptions(
    string Algorithm = "HMACSHA256", string SignatureHeader = "X-Signature", string? SignaturePrefix = "sha256=",
    SignatureEncoding Encoding = SignatureEncoding.Hex, string? TimestampHeader = "X-Timestamp", int ToleranceSeconds = 300,
    string? DeliveryIdHeader = "X-Delivery-Id");

/// <summary>A source as the API shows it: the webhook secret only right after it was made.</summary>
public sealed record SourceView(
    Guid Id, string Name, SourceKind Kind, string? Url, string? Schedule, DateTimeOffset? NextRunAt, bool Enabled, ScoreScale Scale,
    string? DateFormat, bool DayFirst, string? Channel, int MaxPages, FieldMap Fields, CsvSettings Csv, HtmlSettings Html, JsonSettings Json,
    WebhookOptions? Webhook, string? WebhookUrl, string? WebhookSecret, string? UploadName, Guid? LastRunId,
    ScoreScale? Scale2, string? TimeZone, IReadOnlyList<JourneyStudio.Domain.Feedback.SkipRule> Skip)
{
    public static SourceView Of(FeedbackSource s, string? uploadName = null, bool showSecret = false) => new(
        s.Id, s.Name, s.Kind, s.Url, s.Schedule, FeedbackScheduler.NextRun(s.Schedule, DateTimeOffset.UtcNow), s.Enabled, s.Scale, s.DateFormat,
        s.DayFirst, s.Channel, s.MaxPages, s.Fields, s.Csv, s.Html, s.Json,
        s.Webhook is { } w ? new WebhookOptions(w.Algorithm, w.SignatureHeader, w.SignaturePrefix, w.Encoding, w.TimestampHeader, w.ToleranceSeconds, w.DeliveryIdHeader) : null,
        s.Kind == SourceKind.Webhook ? $"/api/feedback/webhooks/{s.Id}" : null, showSecret ? s.Webhook?.Secret : null, uploadName, s.LastRunId,
        s.Scale2, s.TimeZone, s.Skip);
}
