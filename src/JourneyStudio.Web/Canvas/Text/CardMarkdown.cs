using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Caching.Memory;

namespace JourneyStudio.Web.Canvas.Text;

/// <summary>
/// Card text as light markdown: bold, italics, links, bullet and numbered lists, line breaks. Anything else the
/// author typed (headings, quotes, rules, tables, raw HTML) stays on the card as the characters they typed,
/// because a workshop reads the note on a wall screen and a silently vanished word is worse than a stray '#'.
/// </summary>
public static class CardMarkdown
{
    private static readonly string[] LinkSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    // Both are built once: a pipeline pools its renderers, and HtmlSanitizer documents Sanitize as safe to call
    // from many threads on one instance as long as nobody changes its settings afterwards.
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();
    private static readonly HtmlSanitizer Sanitizer = BuildSanitizer();

    // Parsing and sanitising cost far more than drawing the result, and every canvas that opens a map draws all of
    // its cards (1,000 of them on a large map): results are kept by text, within a bound on their total length.
    private static readonly MemoryCache Converted = new(new MemoryCacheOptions { SizeLimit = 16_000_000 });

    /// <summary>Sanitised HTML for a card; safe to hand to a MarkupString.</summary>
    public static string ToHtml(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Remember("html", text, t => Sanitize(Markdown.ToHtml(t, Pipeline)));

    /// <summary>The words without the markup, for aria-labels, tooltips and exports. Not HTML-encoded.</summary>
    public static string ToPlainText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Remember("plain", text, t => Markdown.ToPlainText(t, Pipeline).Trim());

    private static string Remember(string kind, string text, Func<string, string> convert) =>
        Converted.GetOrCreate((kind, text), entry =>
        {
            var converted = convert(text);
            entry.Size = text.Length + converted.Length;
            return converted;
        })!;

    internal static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml() // raw HTML is parsed as text, which Markdig escapes
            .DisableHeadings()
            .UseAutoLinks()
            .UseSoftlineBreakAsHardlineBreak(); // Enter in the card editor means a new line, as on a sticky note
        // Without these parsers quotes and rules read as typed, and fenced code falls back to an inline code span.
        builder.BlockParsers.TryRemove<QuoteBlockParser>();
        builder.BlockParsers.TryRemove<ThematicBreakParser>();
        builder.BlockParsers.TryRemove<FencedCodeBlockParser>();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.Extensions.Add(new CardRenderers());
        return builder.Build();
    }

    // The renderers already emit only this; the sanitizer is the allow-list that still holds if they ever do not.
    private static HtmlSanitizer BuildSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = Set("p", "br", "strong", "em", "code", "a", "ul", "ol", "li"),
            AllowedAttributes = Set("href", "rel", "target", "start"),
            UriAttributes = Set("href"),
            AllowedSchemes = Set(LinkSchemes),
            AllowedCssProperties = Set(),
            AllowedAtRules = new HashSet<CssRuleType>(),
        })
        { KeepChildNodes = true }; // an unexpected tag loses its markup, never its words
        sanitizer.PostProcessNode += EnforceLinkPolicy;
        return sanitizer;
    }

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.OrdinalIgnoreCase);

    // The one place links get their attributes, so no path to an <a> can skip them.
    private static void EnforceLinkPolicy(object? sender, PostProcessNodeEventArgs e)
    {
        if (e.Node is not IElement { LocalName: "a" } anchor) return;
        if (LinkTarget(anchor.GetAttribute("href")) is null)
        {
            e.ReplacementNodes.Add(e.Document.CreateTextNode(anchor.TextContent));
            return;
        }
        anchor.SetAttribute("rel", "noopener noreferrer nofollow");
        anchor.SetAttribute("target", "_blank");
    }

    /// <summary>Only absolute http, https and mailto addresses are links. The href written is .NET's own parse of
    /// the address, so a browser cannot read a different scheme out of it than the one checked here.</summary>
    private static Uri? LinkTarget(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && LinkSchemes.Contains(uri.Scheme) ? uri : null;

    // ToPlainText turns escaping off, and Markdig's WriteEscape then drops the characters it would have escaped.
    private static void WriteText(HtmlRenderer renderer, string? text)
    {
        if (renderer.EnableHtmlEscape) renderer.WriteEscape(text);
        else renderer.Write(text);
    }

    private sealed class CardRenderers : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) { }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is not HtmlRenderer html) return;
            html.ObjectRenderers.Replace<LinkInlineRenderer>(new LinkRenderer());
            html.ObjectRenderers.Replace<AutolinkInlineRenderer>(new AutolinkRenderer());
            html.ObjectRenderers.Replace<ThematicBreakRenderer>(new RuleAsTextRenderer());
            html.ObjectRenderers.Replace<ListRenderer>(new MarkedListRenderer());
        }
    }

    // A link whose address is not allowed keeps its label as text. Images are not card content (and would load
    // third-party pixels on every screen showing the map), so they keep their alt text, or their address.
    private sealed class LinkRenderer : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            var target = renderer.EnableHtmlForInline && !link.IsImage ? LinkTarget(link.GetDynamicUrl?.Invoke() ?? link.Url) : null;
            if (target is not null) renderer.Write("<a href=\"").WriteEscape(target.AbsoluteUri).Write("\">");
            if (link.IsImage && link.FirstChild is null) WriteText(renderer, link.Url);
            else renderer.WriteChildren(link);
            if (target is not null) renderer.Write("</a>");
        }
    }

    private sealed class AutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            var target = renderer.EnableHtmlForInline ? LinkTarget(link.IsEmail ? "mailto:" + link.Url : link.Url) : null;
            if (target is not null) renderer.Write("<a href=\"").WriteEscape(target.AbsoluteUri).Write("\">");
            WriteText(renderer, link.Url);
            if (target is not null) renderer.Write("</a>");
        }
    }

    // Plain text keeps a marker per item, so an export or a tooltip still reads as a list.
    private sealed class MarkedListRenderer : ListRenderer
    {
        protected override void Write(HtmlRenderer renderer, ListBlock list)
        {
            if (renderer.EnableHtmlForBlock)
            {
                base.Write(renderer, list);
                return;
            }
            renderer.EnsureLine();
            foreach (var item in list.Cast<ListItemBlock>())
            {
                renderer.Write(list.IsOrdered ? $"{item.Order}. " : "• ");
                renderer.WriteChildren(item);
                renderer.EnsureLine();
            }
        }
    }

    // The list parser still recognises "* * *" as a rule without the rule parser; show what was typed.
    private sealed class RuleAsTextRenderer : HtmlObjectRenderer<ThematicBreakBlock>
    {
        protected override void Write(HtmlRenderer renderer, ThematicBreakBlock rule)
        {
            if (renderer.EnableHtmlForBlock) renderer.Write("<p>");
            renderer.Write(new string(rule.ThematicChar, rule.ThematicCharCount));
            if (renderer.EnableHtmlForBlock) renderer.Write("</p>");
            renderer.EnsureLine();
        }
    }
}
