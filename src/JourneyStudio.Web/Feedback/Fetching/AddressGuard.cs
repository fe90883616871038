using System.Net;
using System.Net.Sockets;

namespace JourneyStudio.Web.Feedback.Fetching;

/// <summary>
/// Which addresses a server-side fetch may reach. Refused: loopback, private (RFC 1918, IPv6 unique-local), link-local
/// (which holds the cloud metadata address 169.254.169.254), carrier-grade NAT (100.64/10, which holds Alibaba's
/// 100.100.100.200), "this network", multicast, reserved and documentation ranges, and any IPv6 form that embeds one
/// of those (IPv4-mapped, NAT64, 6to4). A host on the workspace's allow-list skips the check.
/// </summary>
public static class AddressGuard
{
    private static readonly (IPAddress Network, int Prefix, string Why)[] Refused =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "a 'this network' address"),
        (IPAddress.Parse("10.0.0.0"), 8, "a private address"),
        (IPAddress.Parse("100.64.0.0"), 10, "a carrier-grade NAT address"),
        (IPAddress.Parse("127.0.0.0"), 8, "a loopback address"),
        (IPAddress.Parse("169.254.0.0"), 16, "a link-local address (cloud metadata lives here)"),
        (IPAddress.Parse("172.16.0.0"), 12, "a private address"),
        (IPAddress.Parse("192.0.0.0"), 24, "a reserved address"),
        (IPAddress.Parse("192.0.2.0"), 24, "a documentation address"),
        (IPAddress.Parse("192.168.0.0"), 16, "a private address"),
        (IPAddress.Parse("198.18.0.0"), 15, "a benchmarking address"),
        (IPAddress.Parse("198.51.100.0"), 24, "a documentation address"),
        (IPAddress.Parse("203.0.113.0"), 24, "a documentation address"),
        (IPAddress.Parse("224.0.0.0"), 4, "a multicast address"),
        (IPAddress.Parse("240.0.0.0"), 4, "a reserved address"),
        (IPAddress.Parse("::"), 128, "the unspecified address"),
        (IPAddress.Parse("::1"), 128, "a loopback address"),
        (IPAddress.Parse("fc00::"), 7, "a private (unique-local) address"),
        (IPAddress.Parse("fe80::"), 10, "a link-local address"),
        (IPAddress.Parse("ff00::"), 8, "a multicast address"),
        (IPAddress.Parse("2001:db8::"), 32, "a documentation address"),
    ];

    /// <summary>Null when a fetch may connect to <paramref name="address"/>; otherwise what kind of address it is.</summary>
    public static string? WhyRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return WhyRefused(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address inside.
            if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b)
                return WhyRefused(new IPAddress(bytes.AsSpan(12, 4)));
            if (bytes[0] == 0x20 && bytes[1] == 0x02)
                return WhyRefused(new IPAddress(bytes.AsSpan(2, 4)));
        }
        if (IPAddress.Broadcast.Equals(address)) return "the broadcast address";
        foreach (var (network, prefix, why) in Refused)
            if (network.AddressFamily == address.AddressFamily && InRange(address, network, prefix)) return why;
        return null;
    }

    public static bool IsAllowListed(string host, IReadOnlyCollection<string> allowList) =>
        allowList.Any(h => string.Equals(h.Trim().Trim('[', ']'), host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase));

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var i = 0; i < a.Length && prefix > 0; i++, prefix -= 8)
        {
            var mask = prefix >= 8 ? 0xFF : (byte)(0xFF << (8 - prefix));
            if ((a[i] & mask) != (n[i] & mask)) return false;
        }
        return true;
    }
}
