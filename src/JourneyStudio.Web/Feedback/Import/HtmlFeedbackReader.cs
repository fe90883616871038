using System.Runtime.CompilerServices;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Scores;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Feedback.Sources;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// Review pages parsed with AngleSharp. schema.org <c>Review</c> data is found on its own, first as JSON-LD, then as
/// microdata; without it the source's CSS selectors are used. Pages are followed through <c>rel="next"</c> up to
/// the source's page limit. Replies by the business are left out: a review whose author is an organisation, a
/// review nested in another (microdata), a JSON-LD <c>comment</c>, and anything matching the exclude selector.
/// </summary>
public sealed class HtmlFeedbackReader : IFeedbackReader
{
    private static readonly HashSet<string> OrganisationTypes = new(StringComparer.OrdinalIgnoreCase)
        { "Organization", "LocalBusiness", "Corporation", "Store", "OnlineStore", "OnlineBusiness", "Brand", "FinancialService", "BankOrCreditUnion" };

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(ReadContext context, [EnumeratorCancellation] CancellationToken ct)
    {
        var source = context.Source;
        var url = context.SourceUrl;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var found = 0;
        for (var page = 1; page <= Math.Max(1, source.MaxPages); page++)
        {
            if (!visited.Add(url.AbsoluteUri)) { context.Notes.Add($"{url}: already read; pagination stops here."); break; }
            var doc = await context.FetchAsync(url, ct);
            yield return ReadOutcome.PageRead(doc.Url.ToString());
            var (text, _) = TextDecoding.Decode(doc.Body, doc.Charset);
            var document = new HtmlParser().ParseDocument(text);
            var (outcomes, method) = ReadPage(document, doc.Url, source);
            var items = 0;
            foreach (var outcome in outcomes)
            {
                if (outcome.Draft is not null) items++;
                yield return outcome;
            }
            found += items;
            if (items == 0)
                yield return ReadOutcome.Rejected(doc.Url.ToString(), null, "no reviews found on this page: " + method);
            else context.Notes.Add($"{doc.Url}: {Words.Count(items, "review")} via {method}.");

            var next = NextPage(document, doc.Url);
            if (next is null) break;
            if (page == source.MaxPages) { context.Notes.Add($"Stopped after {Words.Count(source.MaxPages, "page")}, the source's limit; {next} was not read."); break; }
            url = next;
        }
        if (found == 0) throw new SourceUnreadable(source.Url ?? "", "no reviews were found on any page (no schema.org Review data, and the selectors matched nothing).");
    }

    public static (IReadOnlyList<ReadOutcome> Outcomes, string Method) ReadPage(IDocument document, Uri pageUrl, FeedbackSource source)
    {
        var settings = source.Html;
        if (settings.Auto)
        {
            var jsonLd = JsonLd(document, pageUrl, source).ToList();
            if (jsonLd.Count > 0) return (jsonLd, "schema.org JSON-LD");
            var microdata = Microdata(document, pageUrl, source).ToList();
            if (microdata.Count > 0) return (microdata, "schema.org microdata");
        }
        if (string.IsNullOrWhiteSpace(settings.Item))
            return ([], settings.Auto ? "the page has no schema.org Review data and no item selector is set." : "no item selector is set.");
        try
        {
            var selected = Selectors(document, pageUrl, source).ToList();
            return (selected, selected.Count > 0 ? $"the selector {settings.Item}" : $"the selector '{settings.Item}' matched nothing.");
        }
        catch (DomException e) { return ([], $"a selector is not valid CSS ({e.Message})."); }
    }

    public static Uri? NextPage(IDocument document, Uri pageUrl)
    {
        var href = document.QuerySelector("link[rel~='next'][href]")?.GetAttribute("href")
                   ?? document.QuerySelector("a[rel~='next'][href]")?.GetAttribute("href");
        return href is not null && Uri.TryCreate(pageUrl, href, out var next) ? next : null;
    }

    // ---- JSON-LD -------------------------------------------------------------------------------------------------

    private static IEnumerable<ReadOutcome> JsonLd(IDocument document, Uri pageUrl, FeedbackSource source)
    {
        var n = 0;
        var blocks = document.QuerySelectorAll("script[type='application/ld+json']");
        for (var b = 0; b < blocks.Length; b++)
        {
            JsonDocument? json = null;
            string? problem = null;
            try { json = JsonDocument.Parse(blocks[b].TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
            catch (JsonException e) { problem = e.Message.Split(" Path:")[0]; }
            if (json is null)
            {
                yield return ReadOutcome.Rejected($"{pageUrl}, JSON-LD block {b + 1}", null, $"not valid JSON ({problem}).");
                continue;
            }
            using (json)
            {
                foreach (var (review, reviewed) in Reviews(json.RootElement, null))
                {
                    n++;
                    var where = $"{pageUrl}, review {n}";
                    if (IsByOrganisation(review, reviewed)) continue;
                    var rating = Prop(review, "reviewRating");
                    var score = rating is { ValueKind: JsonValueKind.Object } r ? Scalar(Prop(r, "ratingValue")) : Scalar(rating);
                    ScoreScale? scale = null;
                    if (rating is { ValueKind: JsonValueKind.Object } rr && double.TryParse(Scalar(Prop(rr, "bestRating")), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var best))
                        scale = ScoreScale.Stars(best, double.TryParse(Scalar(Prop(rr, "worstRating")), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var worst) ? worst : 1);
                    var id = Scalar(Prop(review, "@id")) ?? Scalar(Prop(review, "identifier")) ?? Scalar(Prop(review, "url"));
                    var reviewUrl = Scalar(Prop(review, "url"));
                    yield return ReadOutcome.Of(new FeedbackDraft(where, id, Scalar(Prop(review, "name")) ?? Scalar(Prop(review, "headline")),
                        Scalar(Prop(review, "reviewBody")) ?? Scalar(Prop(review, "description")) ?? Scalar(Prop(review, "text")),
                        score, Scalar(Prop(review, "datePublished")) ?? Scalar(Prop(review, "dateCreated")),
                        AuthorName(Prop(review, "author")), null, source.Channel,
                        reviewUrl is not null && Uri.TryCreate(pageUrl, reviewUrl, out var u) ? u.ToString() : pageUrl.ToString(),
                        Extra(review, reviewed), scale ?? (source.Scale.Kind == ScoreKind.None ? ScoreScale.FiveStars : null)));
                }
            }
        }
    }

    /// <summary>Every Review in a JSON-LD tree (top level, @graph, arrays, a product's "review"), with the thing reviewed; comments are not descended into.</summary>
    private static IEnumerable<(JsonElement Review, JsonElement? Reviewed)> Reviews(JsonElement element, JsonElement? parent)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in element.EnumerateArray()) foreach (var r in Reviews(e, parent)) yield return r;
            yield break;
        }
        if (element.ValueKind != JsonValueKind.Object) yield break;
        if (IsType(element, "Review") || IsType(element, "UserReview") || IsType(element, "CriticReview"))
        {
            yield return (element, Prop(element, "itemReviewed") ?? parent);
            yield break;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is "comment" or "author" or "publisher") continue;
            foreach (var r in Reviews(property.Value, element)) yield return r;
        }
    }

    private static bool IsByOrganisation(JsonElement review, JsonElement? reviewed)
    {
        if (Prop(review, "author") is not { } author) return false;
        if (author.ValueKind == JsonValueKind.Object && Types(author).Any(OrganisationTypes.Contains)) return true;
        var name = AuthorName(author);
        var business = reviewed is { ValueKind: JsonValueKind.Object } r ? Scalar(Prop(r, "name")) : null;
        return name is not null && business is not null && string.Equals(name.Trim(), business.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, string> Extra(JsonElement review, JsonElement? reviewed)
    {
        var fields = new Dictionary<string, string>();
        if (reviewed is { ValueKind: JsonValueKind.Object } r && Scalar(Prop(r, "name")) is { } name) fields["itemReviewed"] = name;
        if (Scalar(Prop(review, "inLanguage")) is { } language) fields["inLanguage"] = language;
        return fields;
    }

    private static bool IsType(JsonElement e, string type) => Types(e).Any(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Types(JsonElement e)
    {
        if (Prop(e, "@type") is not { } t) yield break;
        if (t.ValueKind == JsonValueKind.String) yield return Short(t.GetString()!);
        else if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray()) if (x.ValueKind == JsonValueKind.String) yield return Short(x.GetString()!);
    }

    private static string Short(string type) => type[(type.LastIndexOfAny(['/', '#', ':']) + 1)..];

    private static JsonElement? Prop(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static string? Scalar(JsonElement? e) => e?.ValueKind switch
    {
        JsonValueKind.String => e.Value.GetString(),
        JsonValueKind.Number => e.Value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => e.Value.EnumerateArray().Select(x => Scalar(x)).FirstOrDefault(x => x is not null),
        _ => null,
    };

    private static string? AuthorName(JsonElement? author) => author?.ValueKind switch
    {
        JsonValueKind.Object => Scalar(Prop(author.Value, "name")),
        JsonValueKind.Array => author.Value.EnumerateArray().Select(a => AuthorName(a)).FirstOrDefault(a => a is not null),
        _ => Scalar(author),
    };

    // ---- microdata -----------------------------------------------------------------------------------------------

    private static IEnumerable<ReadOutcome> Microdata(IDocument document, Uri pageUrl, FeedbackSource source)
    {
        var n = 0;
        foreach (var scope in document.QuerySelectorAll("[itemscope][itemtype]").Where(e => IsSchemaType(e, "Review")))
        {
            n++;
            // A review inside a review is the business answering; so is one written by an organisation.
            if (scope.ParentElement?.Closest("[itemscope][itemtype]") is { } outer && IsSchemaType(outer, "Review")) continue;
            var author = MicroProps(scope, "author").FirstOrDefault();
            if (author is not null && author.HasAttribute("itemscope") && OrganisationTypes.Any(t => IsSchemaType(author, t))) continue;
            if (Excluded(scope, source.Html.Exclude)) continue;
            var rating = MicroProps(scope, "reviewRating").FirstOrDefault();
            string? score = null;
            ScoreScale? scale = null;
            if (rating is not null && rating.HasAttribute("itemscope"))
            {
                score = MicroValue(MicroProps(rating, "ratingValue").FirstOrDefault());
                if (double.TryParse(MicroValue(MicroProps(rating, "bestRating").FirstOrDefault()), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var best))
                    scale = ScoreScale.Stars(best, double.TryParse(MicroValue(MicroProps(rating, "worstRating").FirstOrDefault()), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var worst) ? worst : 1);
            }
            else score = MicroValue(rating);
            var authorName = author is null ? null : author.HasAttribute("itemscope") ? MicroValue(MicroProps(author, "name").FirstOrDefault()) : MicroValue(author);
            var body = MicroProps(scope, "reviewBody").FirstOrDefault() ?? MicroProps(scope, "description").FirstOrDefault();
            var id = scope.GetAttribute("itemid") ?? MicroValue(MicroProps(scope, "identifier").FirstOrDefault()) ?? NullIfEmpty(scope.Id);
            yield return ReadOutcome.Of(new FeedbackDraft($"{pageUrl}, review {n}", id, MicroValue(MicroProps(scope, "name").FirstOrDefault()),
                body is null ? null : HtmlText.Of(body, source.Html.Exclude), score, MicroValue(MicroProps(scope, "datePublished").FirstOrDefault()),
                authorName, null, source.Channel, pageUrl.ToString(), new Dictionary<string, string>(),
                scale ?? (source.Scale.Kind == ScoreKind.None ? ScoreScale.FiveStars : null),
                KeyText: body is null ? null : HtmlText.Flat(body, source.Html.Exclude)));
        }
    }

    private static bool IsSchemaType(IElement e, string type) =>
        (e.GetAttribute("itemtype") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(t => t.TrimEnd('/').EndsWith("/" + type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The elements carrying property <paramref name="name"/> of this item: descendants, not crossing into nested items.</summary>
    private static IEnumerable<IElement> MicroProps(IElement scope, string name)
    {
        var stack = new Stack<IElement>(scope.Children.Reverse());
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if ((e.GetAttribute("itemprop") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name)) yield return e;
            if (e.HasAttribute("itemscope")) continue;
            foreach (var child in e.Children.Reverse()) stack.Push(child);
        }
    }

    private static string? MicroValue(IElement? e) => e is null ? null
        : e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? (e.LocalName is "meta" ? null : e.LocalName is "a" or "link" ? e.GetAttribute("href") : NullIfEmpty(e.TextContent.Trim()));

    // ---- CSS selectors -------------------------------------------------------------------------------------------

    private static IEnumerable<ReadOutcome> Selectors(IDocument document, Uri pageUrl, FeedbackSource source)
    {
        var s = source.Html;
        var n = 0;
        foreach (var item in document.QuerySelectorAll(s.Item!))
        {
            n++;
            if (Excluded(item, s.Exclude)) continue;
            var fields = new Dictionary<string, string>();
            yield return ReadOutcome.Of(new FeedbackDraft($"{pageUrl}, item {n} ({s.Item})", Pick(item, s.ExternalId, s.Exclude), Pick(item, s.Title, s.Exclude),
                Pick(item, s.Text, s.Exclude, HtmlText.Of), Pick(item, s.Score, s.Exclude), Pick(item, s.Date, s.Exclude), Pick(item, s.Author, s.Exclude),
                null, source.Channel, pageUrl.ToString(), fields, KeyText: Pick(item, s.Text, s.Exclude)));
        }
    }

    /// <summary>"selector", "selector@attribute" or "@attribute" (on the item itself); text without the excluded parts, read flat unless <paramref name="read"/> says otherwise.</summary>
    public static string? Pick(IElement item, string? selector, string? exclude, Func<IElement, string?, string>? read = null)
    {
        if (string.IsNullOrWhiteSpace(selector)) return null;
        var at = selector.LastIndexOf('@');
        var (css, attribute) = at >= 0 ? (selector[..at].Trim(), selector[(at + 1)..].Trim()) : (selector.Trim(), null);
        var element = css.Length == 0 ? item : item.QuerySelector(css);
        if (element is null) return null;
        return attribute is not null ? element.GetAttribute(attribute) : (read ?? HtmlText.Flat)(element, exclude);
    }

    private static bool Excluded(IElement element, string? exclude) =>
        !string.IsNullOrWhiteSpace(exclude) && (element.Matches(exclude) || element.ParentElement?.Closest(exclude) is not null);

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
