using AngleSharp.Html.Parser;
using JourneyStudio.Web.Feedback.Import;

namespace JourneyStudio.Web.Tests.Feedback;

/// <summary>Review text taken from HTML keeps its sentences apart, so phrases match and sentiment reads real words.</summary>
public class HtmlTextTests
{
    private static string TextOf(string html, string? exclude = null) =>
        HtmlText.Of(new HtmlParser().ParseDocument($"<body><div id=r>{html}</div></body>").GetElementById("r")!, exclude);

    [Fact]
    public void Paragraphs_written_without_space_between_them_stay_apart()
    {
        Assert.Equal("Great moving team.\nWe're impressed.", TextOf("<p>Great moving team.</p><p>We're impressed.</p>"));
    }

    [Fact]
    public void Line_breaks_and_list_items_end_lines()
    {
        Assert.Equal("Slow app.\nCrashes at login.\nchat\nphone", TextOf("Slow app.<br>Crashes at login.<ul><li>chat</li><li>phone</li></ul>"));
    }

    [Fact]
    public void Inline_markup_does_not_split_or_join_words()
    {
        Assert.Equal("The courier was really slow, unbelievable", TextOf("The <b>courier</b> was <em>really</em>   slow, un<i>believ</i>able"));
    }

    [Fact]
    public void Scripts_and_styles_are_not_read_as_text()
    {
        Assert.Equal("Fine service", TextOf("<style>p{color:red}</style><p>Fine service</p><script>track()</script>"));
    }

    [Fact]
    public void A_reply_matched_by_the_exclude_selector_is_left_out()
    {
        Assert.Equal("Card never arrived.", TextOf("<p>Card never arrived.</p><div class=reply><p>Sorry to hear that!</p></div>", ".reply"));
    }

    [Fact]
    public void The_flat_reading_that_older_items_are_keyed_by_is_kept_as_it_was()
    {
        var page = new HtmlParser().ParseDocument("<body><div id=r><p>Great moving team.</p><p>We're impressed.</p></div></body>").GetElementById("r")!;
        Assert.Equal("Great moving team.We're impressed.", HtmlText.Flat(page, null));
        Assert.Equal("Love the app.\nBut the update broke sync.", FeedFeedbackReader.HtmlToKeyText("Love the app.<br>But the update broke sync."));
        Assert.Equal("Love the app.But the update broke sync.", FeedFeedbackReader.HtmlToKeyText("<p>Love the app.</p><p>But the update broke sync.</p>"));
    }

    [Fact]
    public void A_feed_entrys_html_content_reads_as_lines()
    {
        Assert.Equal("Love the app.\nBut the update broke sync.", FeedFeedbackReader.HtmlToText("<p>Love the app.</p><p>But the update broke sync.</p>"));
        Assert.Equal("plain & simple", FeedFeedbackReader.HtmlToText("plain &amp; simple"));
    }
}
