using System.Globalization;
using System.Text;
using JourneyStudio.Domain.Feedback.Scores;
using JourneyStudio.Domain.Feedback.Sentiment;

namespace JourneyStudio.Domain.Feedback;

/// <summary>How a source's values are to be read: its score scale and, when dates are ambiguous, their format.</summary>
/// <summary>
/// <paramref name="TimeZone"/> (an IANA or Windows id) is the zone of dates written without an offset; UTC when null.
/// <paramref name="Skip"/>: items that are not customer feedback (a survey preview, a staff reply), by field value.
/// </summary>
public sealed record IntakeRules(ScoreScale Scale, string? DateFormat = null, bool DayFirst = true, string? TimeZone = null, IReadOnlyList<SkipRule>? Skip = null)
{
    public const int TextLimit = 20_000;
    public const int ValueLimit = 2_000;
    public const int FieldsLimit = 100;
}

/// <summary>
/// Leave out items whose <see cref="Field"/> equals <see cref="Value"/> (ignoring case; for a field with several
/// values, any one of them), or, with an empty value, items where the field is missing. Field is a source field name
/// or one of text, title, score, author, channel, url.
/// </summary>
public sealed record SkipRule(string Field, string Value = "")
{
    public string Describe() => Value.Length == 0 ? $"{Field} is empty" : $"{Field} = {Value}";
}

/// <summary>Where an item is being imported: workspace, source, the run, and the clock.</summary>
public sealed record IntakeContext(Guid WorkspaceId, Guid SourceId, Guid RunId, DateTimeOffset Now);

/// <summary>The outcome for one draft: an item ready to store, or the rejection that says why not.</summary>
public readonly record struct IntakeResult(FeedbackItem? Item, Rejection? Rejection);

/// <summary>
/// Turns what a reader extracted into a <see cref="FeedbackItem"/>: checks sizes, reads the date and score, scores
/// the sentiment of unscored text, and derives the item's key (external id, else a content hash) and fingerprint.
/// Matching to touchpoints happens after, with the workspace's rules.
/// </summary>
public sealed class FeedbackIntake(IntakeRules rules, SentimentScorer scorer)
{
    private static readonly string[] DayFirstFormats =
        ["dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy", "d/M/yyyy H:mm", "d/M/yyyy", "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy HH:mm", "dd-MM-yyyy"];

    private static readonly string[] MonthFirstFormats =
        ["MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy HH:mm", "MM/dd/yyyy h:mm tt", "MM/dd/yyyy", "M/d/yyyy H:mm", "M/d/yyyy h:mm tt", "M/d/yyyy"];

    public IntakeResult Prepare(FeedbackDraft draft, IntakeContext ctx)
    {
        foreach (var skip in rules.Skip ?? [])
            if (Skips(draft, skip)) return Reject(draft, null, $"not customer feedback by the source's rule ({skip.Describe()}); left out.");
        var title = Clean(draft.Title);
        var text = Clean(draft.Text) ?? "";
        if (text.Length > IntakeRules.TextLimit)
            return Reject(draft, "text", $"{text.Length:N0} characters; the limit is {IntakeRules.TextLimit:N0}. The item was not imported.");
        if (title is { Length: > IntakeRules.ValueLimit })
            return Reject(draft, "title", $"{title.Length:N0} characters; the limit is {IntakeRules.ValueLimit:N0}.");
        foreach (var (name, value) in new[] { ("id", draft.ExternalId), ("score", draft.Score), ("date", draft.Date), ("author", draft.Author),
                     ("contact", draft.Contact), ("channel", draft.Channel), ("url", draft.Url) })
            if (value is { Length: > IntakeRules.ValueLimit })
                return Reject(draft, name, $"{value.Length:N0} characters; the limit is {IntakeRules.ValueLimit:N0}.");
        if (draft.Fields.Count > IntakeRules.FieldsLimit)
            return Reject(draft, null, $"{draft.Fields.Count} fields; the limit is {IntakeRules.FieldsLimit}.");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in draft.Fields)
        {
            var v = Clean(value);
            if (v is null) continue;
            if (v.Length > IntakeRules.TextLimit) return Reject(draft, name, $"{v.Length:N0} characters; the limit is {IntakeRules.TextLimit:N0}.");
            fields[name] = v;
        }

        var rawScore = Clean(draft.Score);
        if (text.Length == 0 && title is null && rawScore is null)
            return Reject(draft, null, "no text and no score: nothing to import.");

        var scale = draft.Scale ?? rules.Scale;
        NormalisedScore? normalised;
        try { normalised = ScoreNormaliser.Normalise(rawScore, scale); }
        catch (ScoreNotReadable e) { return Reject(draft, "score", e.Message); }
        if (rawScore is not null && scale.Kind == ScoreKind.None)
            return Reject(draft, "score", "the source has a score column but no score scale is chosen.");

        DateTimeOffset? date = null;
        var rawDate = Clean(draft.Date);
        if (rawDate is not null)
        {
            date = ParseDate(rawDate);
            if (date is null) return Reject(draft, "date", $"'{Clip(rawDate)}' is not a date{(rules.DateFormat is null ? "" : $" in the format {rules.DateFormat}")}.");
        }

        double? score = normalised?.Value;
        var origin = normalised is null ? ScoreOrigin.None : ScoreOrigin.Source;
        string? language = null;
        var unscored = false;
        var sentimentText = title is null ? text : text.Length == 0 ? title : title + ". " + text;
        if (sentimentText.Length > 0)
        {
            // A score from the source stands; its text only has its language told.
            if (normalised is not null) language = scorer.Language(sentimentText);
            else
            {
                var reading = scorer.Score(sentimentText);
                (language, score, unscored) = (reading.Language, reading.Score, reading.Unscored);
                origin = reading.Score is null ? ScoreOrigin.None : ScoreOrigin.Sentiment;
            }
        }

        var externalId = Clean(draft.ExternalId);
        var author = Clean(draft.Author);
        var key = externalId is not null ? "id:" + externalId : "hash:" + FeedbackIds.Hash(title, draft.KeyText is null ? text : Clean(draft.KeyText) ?? "", author, rawDate, rawScore);
        var fingerprint = FeedbackIds.Hash([title, text, rawScore, scale.Kind.ToString(), scale.Max.ToString(CultureInfo.InvariantCulture), rawDate, author,
            Clean(draft.Contact), Clean(draft.Channel), Clean(draft.Url), .. fields.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => new[] { f.Key, f.Value })]);
        var receivedAt = date ?? ctx.Now;
        return new IntakeResult(new FeedbackItem
        {
            Id = FeedbackIds.Item(ctx.SourceId, key),
            WorkspaceId = ctx.WorkspaceId,
            SourceId = ctx.SourceId,
            Key = key,
            ExternalId = externalId,
            Fingerprint = fingerprint,
            Title = title,
            Text = text,
            RawScore = rawScore,
            Scale = rawScore is null ? ScoreScale.None : scale,
            Score = score,
            ScoreOrigin = origin,
            Language = language,
            Unscored = unscored,
            ReceivedAt = receivedAt,
            DateFromSource = date is not null,
            Week = FeedbackItem.WeekOf(receivedAt),
            Author = author,
            Contact = Clean(draft.Contact),
            Channel = Clean(draft.Channel),
            Url = Clean(draft.Url),
            Fields = fields,
            ImportedAt = ctx.Now,
            UpdatedAt = ctx.Now,
            LastRunId = ctx.RunId,
        }, null);
    }

    public DateTimeOffset? ParseDate(string raw)
    {
        var inv = CultureInfo.InvariantCulture;
        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (rules.DateFormat is { Length: > 0 } format)
            return DateTime.TryParseExact(raw, format, inv, DateTimeStyles.AllowWhiteSpaces, out var exact) ? InZone(exact, raw, format) : null;
        // Unix seconds or milliseconds.
        if (raw.Length is 10 or 13 && raw.All(char.IsAsciiDigit))
        {
            var n = long.Parse(raw, inv);
            return raw.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(n) : DateTimeOffset.FromUnixTimeMilliseconds(n);
        }
        var slashOrDot = raw.Length >= 6 && raw.Take(6).Any(c => c is '/' or '.') && char.IsAsciiDigit(raw[0]);
        if (slashOrDot)
        {
            var order = rules.DayFirst ? DayFirstFormats.Concat(MonthFirstFormats) : MonthFirstFormats.Concat(DayFirstFormats);
            foreach (var f in order)
                if (DateTime.TryParseExact(raw, f, inv, DateTimeStyles.AllowWhiteSpaces, out var d)) return InZone(d, raw, f);
            return null;
        }
        // ISO 8601, RFC 1123 / RFC 822 (feeds), "June 3, 2025", "3 June 2025".
        var normalised = raw.Replace(" UT", " GMT").Replace(" Z", " +00:00");
        if (!DateTime.TryParse(normalised, inv, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var any)) return null;
        if (any.Kind != DateTimeKind.Unspecified)
            return DateTimeOffset.TryParse(normalised, inv, utc, out var stated) ? stated.ToUniversalTime() : null;
        return InZone(any, raw, null);
    }

    /// <summary>A date written without an offset is in the source's time zone (UTC when it has none); one with an offset keeps it.</summary>
    private DateTimeOffset InZone(DateTime value, string raw, string? format)
    {
        if (format is not null && (format.Contains('z') || format.Contains('K')) && DateTimeOffset.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
            return withOffset.ToUniversalTime();
        var unspecified = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        if (Zone is null) return new DateTimeOffset(unspecified, TimeSpan.Zero);
        // Times that fall in a clock change's gap are read as the instant before it.
        if (Zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(-1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone), TimeSpan.Zero);
    }

    private TimeZoneInfo? Zone => zone ??= rules.TimeZone is { Length: > 0 } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : null;

    private TimeZoneInfo? zone;

    private static bool Skips(FeedbackDraft draft, SkipRule rule)
    {
        var value = rule.Field.ToLowerInvariant() switch
        {
            "text" => draft.Text, "title" => draft.Title, "score" => draft.Score, "author" => draft.Author, "channel" => draft.Channel, "url" => draft.Url,
            "date" => draft.Date, "id" => draft.ExternalId,
            _ => draft.Fields.FirstOrDefault(f => string.Equals(f.Key, rule.Field, StringComparison.OrdinalIgnoreCase)).Value,
        };
        if (rule.Value.Length == 0) return string.IsNullOrWhiteSpace(value);
        if (value is null) return false;
        return value.Split(" | ").Any(v => string.Equals(v.Trim(), rule.Value.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static IntakeResult Reject(FeedbackDraft draft, string? field, string reason) => new(null, new Rejection(draft.Where, field, reason));

    /// <summary>
    /// Trimmed, without control characters other than line breaks and tabs, and with half-characters (a surrogate
    /// without its pair, from an export that cut an emoji in two) made U+FFFD, which PostgreSQL can store; null when
    /// nothing is left.
    /// </summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0) value = WithoutHalfCharacters(value);
        var needs = false;
        foreach (var c in value)
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') { needs = true; break; }
        var text = value;
        if (needs)
        {
            var b = new StringBuilder(value.Length);
            foreach (var c in value) if (!char.IsControl(c) || c is '\n' or '\r' or '\t') b.Append(c);
            text = b.ToString();
        }
        text = text.Replace("\r\n", "\n").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string WithoutHalfCharacters(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
