using System.Security.Cryptography;
using System.Text;

namespace JourneyStudio.Web.Seeding;

/// <summary>Name-based ids (RFC 4122 version 5 style) so that the same seed key always gives the same id.</summary>
public static class SeedIds
{
    private static readonly Guid Namespace = Guid.Parse("6f1b9c3e-2d4a-4a8e-9a51-7c0e2b7d4f10");

    public static Guid Workspace(string key) => For("workspace", key);

    public static Guid For(params string[] parts)
    {
        var name = Encoding.UTF8.GetBytes(string.Join('/', parts));
        var ns = Namespace.ToByteArray(bigEndian: true);
        var hash = SHA1.HashData([.. ns, .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
