using System.Security.Cryptography;
using System.Text;
using JourneyStudio.Web.Feedback.Sources;

namespace JourneyStudio.Web.Feedback.Webhooks;

/// <summary>HMAC signatures of webhook deliveries, compared in constant time.</summary>
public static class WebhookSignature
{
    public static readonly string[] Algorithms = ["HMACSHA256", "HMACSHA512", "HMACSHA1"];

    public static byte[] Compute(string algorithm, string secret, byte[] payload)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        return Normalise(algorithm) switch
        {
            "HMACSHA512" => HMACSHA512.HashData(key, payload),
            "HMACSHA1" => HMACSHA1.HashData(key, payload),
            _ => HMACSHA256.HashData(key, payload),
        };
    }

    public static string Normalise(string algorithm)
    {
        var a = algorithm.Replace("-", "").ToUpperInvariant();
        if (!a.StartsWith("HMAC")) a = "HMAC" + a;
        return Algorithms.Contains(a) ? a : throw new ArgumentException($"'{algorithm}' is not a supported HMAC algorithm ({string.Join(", ", Algorithms)}).");
    }

    /// <summary>What is signed: "{timestamp}.{body}" when the source sends a timestamp, else the body.</summary>
    public static byte[] Payload(string? timestamp, byte[] body) =>
        timestamp is null ? body : [.. Encoding.UTF8.GetBytes(timestamp + "."), .. body];

    /// <summary>The signature as the header would carry it, prefix included.</summary>
    public static string Header(WebhookSettings settings, string? timestamp, byte[] body)
    {
        var mac = Compute(settings.Algorithm, settings.Secret, Payload(timestamp, body));
        return settings.SignaturePrefix + (settings.Encoding == SignatureEncoding.Hex ? Convert.ToHexStringLower(mac) : Convert.ToBase64String(mac));
    }

    public static bool Matches(WebhookSettings settings, string? timestamp, byte[] body, string provided)
    {
        var value = provided.Trim();
        if (!string.IsNullOrEmpty(settings.SignaturePrefix) && value.StartsWith(settings.SignaturePrefix, StringComparison.OrdinalIgnoreCase))
            value = value[settings.SignaturePrefix.Length..];
        byte[] given;
        try { given = settings.Encoding == SignatureEncoding.Hex ? Convert.FromHexString(value) : Convert.FromBase64String(value); }
        catch (FormatException) { return false; }
        var expected = Compute(settings.Algorithm, settings.Secret, Payload(timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
