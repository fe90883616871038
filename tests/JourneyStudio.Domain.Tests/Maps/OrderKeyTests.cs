using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Domain.Tests.Maps;

public class OrderKeyTests
{
    [Fact]
    public void A_key_between_two_keys_sorts_between_them()
    {
        var a = OrderKey.First;
        var b = OrderKey.Between(a, null);
        var mid = OrderKey.Between(a, b);
        Assert.True(OrderKey.Compare(a, mid) < 0);
        Assert.True(OrderKey.Compare(mid, b) < 0);
    }

    [Fact]
    public void Inserting_repeatedly_at_the_same_spot_always_finds_room()
    {
        var low = OrderKey.First;
        var high = OrderKey.Between(low, null);
        for (var i = 0; i < 500; i++)
        {
            var mid = OrderKey.Between(low, high);
            Assert.True(OrderKey.Compare(low, mid) < 0 && OrderKey.Compare(mid, high) < 0, $"{low} < {mid} < {high} failed at step {i}");
            if (i % 2 == 0) high = mid; else low = mid;
        }
    }

    [Fact]
    public void Prepending_and_appending_many_times_keeps_strict_order()
    {
        var keys = new List<string> { OrderKey.First };
        for (var i = 0; i < 300; i++)
        {
            keys.Add(OrderKey.Between(keys[^1], null));
            keys.Insert(0, OrderKey.Between(null, keys[0]));
        }
        var sorted = keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.DoesNotContain(keys, k => k.EndsWith('0'));
    }

    [Fact]
    public void Appending_a_thousand_keys_keeps_them_short()
    {
        var key = OrderKey.First;
        for (var i = 0; i < 1000; i++) key = OrderKey.Between(key, null);
        Assert.True(key.Length <= 40, $"key grew to {key.Length} characters");
    }

    [Fact]
    public void Keys_out_of_order_are_refused()
    {
        Assert.Throws<ArgumentException>(() => OrderKey.Between("b", "a"));
        Assert.Throws<ArgumentException>(() => OrderKey.Between("a", "a"));
    }
}
