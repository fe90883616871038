using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Tests.Shared;

public class WordsTests
{
    [Theory]
    [InlineData(0, "0 items")]
    [InlineData(1, "1 item")]
    [InlineData(2400, "2,400 items")]
    public void A_count_agrees_with_its_noun(long n, string expected) => Assert.Equal(expected, Words.Count(n, "item"));

    [Fact]
    public void An_irregular_plural_is_given() => Assert.Equal("3 replies", Words.Count(3, "reply", "replies"));
}
