using System.Security.Cryptography;
using System.Text;

namespace JourneyStudio.Web.Accounts;

/// <summary>Unguessable tokens for links (invitations, share links). Only their hash is stored, so a database leak reveals no working link.</summary>
public static class SecretToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
