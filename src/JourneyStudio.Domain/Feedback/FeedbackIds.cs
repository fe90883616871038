using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace JourneyStudio.Domain.Feedback;

/// <summary>
/// Name-based ids and content hashes, so that the same item from the same source always lands on the same item.
/// Both are computed for every imported item, so the bytes they hash are built in one pooled buffer rather than
/// through strings.
/// </summary>
public static class FeedbackIds
{
    private static readonly Guid Namespace = Guid.Parse("0c7f3b7e-5d0a-4a55-b3b6-2f9a8e41c6d2");
    private static readonly byte[] ItemPrefix = Encoding.UTF8.GetBytes("item/");

    /// <summary>The version 5 UUID (SHA-1, RFC 4122) of <c>item/{source:N}/{key}</c> in the feedback namespace.</summary>
    public static Guid Item(Guid sourceId, string key)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 + ItemPrefix.Length + 33 + Encoding.UTF8.GetMaxByteCount(key.Length));
        try
        {
            var length = WriteNamespace(buffer);
            ItemPrefix.CopyTo(buffer, length);
            length += ItemPrefix.Length;
            sourceId.TryFormat(buffer.AsSpan(length), out var written, "N");
            length += written;
            buffer[length++] = (byte)'/';
            length += Encoding.UTF8.GetBytes(key, buffer.AsSpan(length));
            return FromHash(buffer.AsSpan(0, length));
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>A SHA-256 over the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ.</summary>
    public static string Hash(params string?[] parts)
    {
        var size = 0;
        foreach (var part in parts) size += 12 + Encoding.UTF8.GetMaxByteCount(part?.Length ?? 1);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var length = 0;
            foreach (var part in parts)
            {
                var p = part ?? "\u0000";
                p.Length.TryFormat(buffer.AsSpan(length), out var digits);
                length += digits;
                buffer[length++] = (byte)':';
                length += Encoding.UTF8.GetBytes(p, buffer.AsSpan(length));
                buffer[length++] = (byte)'|';
            }
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    private static int WriteNamespace(byte[] buffer)
    {
        Namespace.TryWriteBytes(buffer, bigEndian: true, out var written);
        return written;
    }

    private static Guid FromHash(ReadOnlySpan<byte> name)
    {
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(name, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
