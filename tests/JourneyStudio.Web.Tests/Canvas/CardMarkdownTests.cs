using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bunit;
using JourneyStudio.Web.Canvas.Text;

namespace JourneyStudio.Web.Tests.Canvas;

public class CardMarkdownTests
{
    private static readonly string[] AllowedElements = ["p", "br", "strong", "em", "code", "a", "ul", "ol", "li"];
    private static readonly string[] AllowedAttributes = ["href", "rel", "target", "start"];
    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    [Fact]
    public void Bold_italics_links_and_lists_render()
    {
        var body = Parse(CardMarkdown.ToHtml("**Slow** refund, *again*: see [the policy](https://example.com/refunds)\n\n- call centre\n- chat\n\n1. ask\n2. wait"));

        Assert.Equal("Slow", body.QuerySelector("p > strong")!.TextContent);
        Assert.Equal("again", body.QuerySelector("p > em")!.TextContent);
        Assert.Equal("the policy", body.QuerySelector("a")!.TextContent);
        Assert.Equal(["call centre", "chat"], body.QuerySelectorAll("ul > li").Select(li => li.TextContent));
        Assert.Equal(["ask", "wait"], body.QuerySelectorAll("ol > li").Select(li => li.TextContent));
    }

    [Fact]
    public void Links_open_in_a_new_tab_without_referrer_or_endorsement()
    {
        var link = Parse(CardMarkdown.ToHtml("[the policy](https://example.com/refunds)")).QuerySelector("a")!;

        Assert.Equal("https://example.com/refunds", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
        Assert.Equal("_blank", link.GetAttribute("target"));
    }

    [Theory]
    [InlineData("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2")]
    [InlineData("www.example.com", "http://www.example.com/")]
    [InlineData("<https://example.com>", "https://example.com/")]
    [InlineData("[write to us](mailto:cx@example.com)", "mailto:cx@example.com")]
    [InlineData("<cx@example.com>", "mailto:cx@example.com")]
    public void Http_https_and_mailto_addresses_become_links(string text, string href)
    {
        var link = Parse(CardMarkdown.ToHtml(text)).QuerySelector("a")!;

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[click](JaVaScRiPt:alert(1))", "click")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("[click](data:text/html,hi)", "click")]
    [InlineData("[click](vbscript:msgbox(1))", "click")]
    [InlineData("[map](/maps/42)", "map")]
    [InlineData("[files](ftp://example.com/x)", "files")]
    [InlineData("[call](tel:+441234)", "call")]
    public void Javascript_links_are_not_links(string text, string shown)
    {
        var body = Parse(CardMarkdown.ToHtml(text));

        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Equal(shown, body.TextContent.Trim());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<b onclick=\"alert(1)\">bold?</b>")]
    public void Script_tags_and_event_handlers_are_shown_as_text_never_as_markup(string text)
    {
        var body = Parse(CardMarkdown.ToHtml(text));

        Assert.Equal(text, body.TextContent.Trim());
        Assert.Equal(["p"], body.QuerySelectorAll("*").Select(e => e.LocalName));
    }

    [Theory]
    [InlineData("# Title\n> quote\n---\n| a | b |\n|---|---|", "# Title\n> quote\n---\n| a | b |\n|---|---|")]
    [InlineData("Title\n===", "Title\n===")]
    [InlineData("* * *", "***")]
    public void Headings_quotes_rules_and_tables_read_as_typed(string text, string shown)
    {
        var body = Parse(CardMarkdown.ToHtml(text));

        Assert.Equal(shown, body.TextContent.Trim());
        Assert.All(body.QuerySelectorAll("*"), e => Assert.Contains(e.LocalName, new[] { "p", "br" }));
    }

    [Fact]
    public void Images_show_their_words_and_load_nothing()
    {
        var body = Parse(CardMarkdown.ToHtml("![queue at the counter](https://example.com/q.png) ![](https://example.com/r.png)"));

        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Equal("queue at the counter https://example.com/r.png", body.TextContent.Trim());
    }

    [Fact]
    public void Code_renders_as_inline_code()
    {
        var body = Parse(CardMarkdown.ToHtml("`<b>` and\n```\nfenced\n```\n\n    indented"));

        Assert.Empty(body.QuerySelectorAll("pre"));
        Assert.Equal(["<b>", "fenced"], body.QuerySelectorAll("code").Select(c => c.TextContent));
        Assert.Contains("indented", body.TextContent);
    }

    [Fact]
    public void Line_breaks_and_list_numbering_are_kept()
    {
        Assert.Equal(2, Parse(CardMarkdown.ToHtml("one\ntwo\nthree")).QuerySelectorAll("p > br").Length);
        Assert.Equal("3", Parse(CardMarkdown.ToHtml("3. third\n4. fourth")).QuerySelector("ol")!.GetAttribute("start"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Empty_text_renders_nothing(string? text)
    {
        Assert.Equal("", CardMarkdown.ToHtml(text));
        Assert.Equal("", CardMarkdown.ToPlainText(text));
    }

    public static TheoryData<string> XssPayloads() =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<<script>alert(1);//<</script>",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<form action=javascript:alert(1)><button>go</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:/\">",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"https://example.com\" onclick=\"alert(1)\">x</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
        "[x](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "![x](https://example.com/x.png\"onerror=\"alert(1))",
        "[x](https://example.com/\"onmouseover=\"alert(1))",
        "[x](https://example.com \"title\\\" onmouseover=\\\"alert(1)\")",
        "[<img src=x onerror=alert(1)>](https://example.com)",
        "**<img src=x onerror=alert(1)>**",
        "`<img src=x onerror=alert(1)>`",
        "- <svg onload=alert(1)>\n- [x](javascript:alert(1))",
        "https://example.com/<img/src/onerror=alert(1)>",
        "www.example.com/\"onmouseover=\"alert(1)",
    ];

    [Theory]
    [MemberData(nameof(XssPayloads))]
    public void Classic_xss_payloads_come_out_inert(string payload)
    {
        var html = CardMarkdown.ToHtml(payload);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        AssertOnlyCardMarkup(Parse(html));
    }

    [Fact]
    public void The_sanitizer_still_holds_if_the_renderer_ever_emits_markup_it_should_not()
    {
        var body = Parse(CardMarkdown.Sanitize(
            "<h1>Title</h1><img src=x onerror=alert(1)><a href=\"/maps/1\">relative</a><a href=\"javascript:alert(1)\">js</a>" +
            "<a href=\"https://example.com\" target=\"_top\" style=\"color:red\">ok</a><script>alert(1)</script>"));

        AssertOnlyCardMarkup(body);
        var link = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal(("ok", "_blank", "noopener noreferrer nofollow"), (link.TextContent, link.GetAttribute("target"), link.GetAttribute("rel")));
        Assert.StartsWith("Titlerelativejsok", body.TextContent);
    }

    [Fact]
    public void Many_circuits_can_render_at_once()
    {
        const string text = "**Wait** for [the courier](https://example.com/track)\n- again";
        var expected = CardMarkdown.ToHtml(text);

        var results = new string[2_000];
        Parallel.For(0, results.Length, i => results[i] = CardMarkdown.ToHtml(text));

        Assert.All(results, html => Assert.Equal(expected, html));
    }

    [Fact]
    public void Plain_text_drops_the_markup_and_keeps_the_words()
    {
        Assert.Equal("Slow refund, again: see the policy", CardMarkdown.ToPlainText("**Slow** refund, *again*: see [the policy](https://example.com)"));
        Assert.Equal("• call centre\n• chat\n3. ask\n4. wait", CardMarkdown.ToPlainText("- call centre\n- chat\n\n3. ask\n4. wait"));
        Assert.Equal("one\ntwo", CardMarkdown.ToPlainText("one\ntwo"));
        Assert.Equal("queue", CardMarkdown.ToPlainText("![queue](https://example.com/q.png)"));
    }

    [Fact]
    public void Plain_text_is_not_html_encoded_so_the_caller_encodes_it_once()
    {
        Assert.Equal("AT&T <b>not bold</b>", CardMarkdown.ToPlainText("AT&amp;T <b>not bold</b>"));
        Assert.Equal("https://example.com/a?b=1&c=2", CardMarkdown.ToPlainText("<https://example.com/a?b=1&c=2>"));
        Assert.Equal("# Title", CardMarkdown.ToPlainText("# Title"));
    }

    [Fact]
    public void CardText_renders_the_sanitised_html_inside_a_card_text_div()
    {
        using var context = new BunitContext();

        var card = context.Render<CardText>(p => p.Add(c => c.Text, "**Late** <script>alert(1)</script>"));

        var div = card.Find("div.card-text");
        Assert.Equal("Late", div.QuerySelector("strong")!.TextContent);
        Assert.Null(div.QuerySelector("script"));
        Assert.Contains("<script>alert(1)</script>", div.TextContent);
    }

    private static IElement Parse(string html) => new HtmlParser().ParseDocument(html).Body!;

    private static void AssertOnlyCardMarkup(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, AllowedElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.Name, AllowedAttributes);
            }
            if (element.GetAttribute("href") is { } href)
            {
                Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var uri) && LinkSchemes.Contains(uri.Scheme), $"href {href}");
            }
        }
    }
}
