namespace JourneyStudio.Domain.Maps;

/// <summary>
/// Fractional index keys (base-62 strings compared ordinally): a new key can always be made between two
/// others, so inserting never renumbers siblings. The server computes keys from the latest state when it
/// decides an intent, so two people inserting at the same spot get distinct keys.
/// </summary>
public static class OrderKey
{
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string First => "V";

    public static string Between(string? before, string? after)
    {
        if (before is null && after is null) return First;
        if (after is null) return After(before!);
        if (before is not null && string.CompareOrdinal(before, after) >= 0)
            throw new ArgumentException($"Order key '{before}' is not below '{after}'.");
        return Midpoint(before ?? "", after);
    }

    public static int Compare(string a, string b) => string.CompareOrdinal(a, b);

    private static string After(string key)
    {
        for (var i = key.Length - 1; i >= 0; i--)
        {
            if (key[i] != 'z') return key[..i] + Digits[Digits.IndexOf(key[i]) + 1];
        }
        return key + First;
    }

    // Greenspan's midpoint on the fraction digits; keys never end in '0', which keeps it total.
    private static string Midpoint(string a, string? b)
    {
        if (b is not null)
        {
            var n = 0;
            while (n < b.Length && (n < a.Length ? a[n] : '0') == b[n]) n++;
            if (n > 0) return b[..n] + Midpoint(n < a.Length ? a[n..] : "", b[n..]);
        }
        var digitA = a.Length > 0 ? Digits.IndexOf(a[0]) : 0;
        var digitB = b is not null ? Digits.IndexOf(b[0]) : Digits.Length;
        if (digitB - digitA > 1) return Digits[(digitA + digitB + 1) / 2].ToString();
        if (b is not null && b.Length > 1) return b[..1];
        return Digits[digitA] + Midpoint(a.Length > 0 ? a[1..] : "", null);
    }
}
