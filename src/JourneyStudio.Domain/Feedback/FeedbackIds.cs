using System.Security.Cryptography;
using System.Text;

namespace JourneyStudio.Domain.Feedback;

/// <summary>Name-based ids and content hashes, so that the same item from the same source always lands on the same item.</summary>
public static class FeedbackIds
{
    private static readonly Guid Namespace = Guid.Parse("0c7f3b7e-5d0a-4a55-b3b6-2f9a8e41c6d2");

    public static Guid Item(Guid sourceId, string key) => NameBased($"item/{sourceId:N}/{key}");

    public static Guid NameBased(string name)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var bytes = Encoding.UTF8.GetBytes(name);
        var hash = SHA1.HashData([.. ns, .. bytes]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>A SHA-256 over the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ.</summary>
    public static string Hash(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            var p = part ?? "\u0000";
            builder.Append(p.Length).Append(':').Append(p).Append('|');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
