using JourneyStudio.Domain.Feedback;

namespace JourneyStudio.Domain.Tests.Feedback;

public class FeedbackIdsTests
{
    private static readonly Guid Source = Guid.Parse("7d0c2f8e-1b7a-4c1e-9a51-3f1d2c4b5a69");

    // Stored items are found again by these values: an import after an upgrade must compute the same ones, or every
    // item would come in a second time.
    [Fact]
    public void Item_ids_and_content_hashes_stay_what_earlier_versions_stored()
    {
        Assert.Equal(Guid.Parse("ce2d70b7-7f7d-5baa-81be-62eebaf620a2"), FeedbackIds.Item(Source, "id:R-17"));
        Assert.Equal(Guid.Parse("c5127557-df21-542a-aa22-a7945ea5bd66"), FeedbackIds.Item(Source, "hash:Köln ✓ “quoted”"));
        Assert.Equal("1f7338e1bb5a63d5624a46e0b8373cab83d80a6e9defeea37300a4f9cfdbdf2b", FeedbackIds.Hash("Slow app", null, "9", "Köln ✓ “quoted”", ""));
    }

    [Fact]
    public void A_hash_tells_where_one_part_ends_and_the_next_begins()
    {
        Assert.NotEqual(FeedbackIds.Hash("ab", "c"), FeedbackIds.Hash("a", "bc"));
        Assert.NotEqual(FeedbackIds.Hash("a", null), FeedbackIds.Hash("a", ""));
    }

    [Fact]
    public void A_long_key_is_hashed_whole()
    {
        var key = "hash:" + new string('x', 50_000);
        Assert.NotEqual(FeedbackIds.Item(Source, key), FeedbackIds.Item(Source, key[..^1] + "y"));
    }
}
