using System.Text;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// Which encoding a file is in: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without one, a file where every
/// other byte is zero is UTF-16; a file that is valid UTF-8 is UTF-8; anything else is Windows-1252, what Excel
/// writes on Western Windows. A configured encoding is used when there is no byte-order mark.
/// </summary>
public static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static (string Text, string EncodingName) Decode(byte[] bytes, string? configured = null)
    {
        var (encoding, bom) = Detect(bytes, configured);
        var text = encoding.GetString(bytes, bom, bytes.Length - bom);
        return (text, Describe(encoding));
    }

    public static (Encoding Encoding, int BomLength) Detect(byte[] bytes, string? configured = null)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (new UnicodeEncoding(false, false), 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (new UnicodeEncoding(true, false), 2);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            try { return (Encoding.GetEncoding(configured.Trim()), 0); }
            catch (ArgumentException) { throw new SourceUnreadable("encoding", $"'{configured}' is not an encoding this server knows (try utf-8, utf-16 or windows-1252)."); }
        }
        var sample = Math.Min(bytes.Length, 4096) & ~1;
        if (sample >= 4)
        {
            int evenZero = 0, oddZero = 0;
            for (var i = 0; i < sample; i += 2)
            {
                if (bytes[i] == 0) evenZero++;
                if (bytes[i + 1] == 0) oddZero++;
            }
            var pairs = sample / 2;
            if (oddZero * 10 > pairs * 3 && evenZero * 10 < pairs) return (new UnicodeEncoding(false, false), 0);
            if (evenZero * 10 > pairs * 3 && oddZero * 10 < pairs) return (new UnicodeEncoding(true, false), 0);
        }
        return IsUtf8(bytes) ? (new UTF8Encoding(false), 0) : (Windows1252, 0);
    }

    public static string Describe(Encoding encoding) => encoding switch
    {
        UTF8Encoding => "UTF-8",
        UnicodeEncoding u when u.GetPreamble() is [0xFE, 0xFF] || u.CodePage == 1201 => "UTF-16 BE",
        UnicodeEncoding => "UTF-16 LE",
        _ when encoding.CodePage == 1252 => "Windows-1252",
        _ => encoding.WebName,
    };

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException) { return false; }
    }
}
