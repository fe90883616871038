namespace JourneyStudio.Domain.Feedback.Sentiment;

/// <summary>
/// A cheap guess at a text's language from its function words ("the", "und", "les" …) and its script. The
/// scorer only knows English, so anything not clearly English is left unscored rather than guessed.
/// </summary>
public static class LanguageGuess
{
    private static readonly Dictionary<string, HashSet<string>> FunctionWords = new()
    {
        ["en"] = ["the", "and", "is", "was", "to", "of", "it", "i", "my", "a", "in", "for", "with", "this", "that", "not", "but", "you",
                  "we", "they", "have", "had", "are", "were", "be", "been", "on", "at", "me", "very", "so", "no", "too", "when", "after",
                  "an", "our", "your", "their", "there", "from", "would", "could", "did", "didn't", "don't", "can't", "it's", "i'm", "just"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "ich", "sehr", "mit", "ein", "eine", "zu", "es", "war", "auf", "für", "wir",
                  "den", "dem", "aber", "auch", "noch", "sie", "mein", "meine", "kein", "keine", "wurde", "hat", "haben", "bei"],
        ["fr"] = ["le", "la", "les", "et", "est", "je", "pas", "une", "un", "des", "du", "très", "pour", "avec", "mais", "il", "elle",
                  "nous", "vous", "mon", "ma", "mes", "ce", "cette", "qui", "que", "été", "sur", "au", "aux", "ne", "c'est", "j'ai"],
        ["es"] = ["el", "los", "las", "y", "es", "muy", "pero", "con", "para", "por", "una", "un", "del", "mi", "fue", "que", "no",
                  "lo", "se", "su", "como", "está", "más", "al", "nos"],
        ["nl"] = ["het", "een", "en", "niet", "ik", "is", "van", "zeer", "heel", "maar", "met", "voor", "op", "wij", "mijn", "geen",
                  "werd", "ook", "nog", "naar", "dat", "deze"],
        ["it"] = ["il", "lo", "gli", "e", "è", "non", "molto", "per", "con", "una", "uno", "della", "che", "ma", "sono", "del", "mio"],
        ["pt"] = ["o", "os", "as", "e", "é", "não", "muito", "com", "para", "uma", "um", "do", "da", "mas", "que", "meu", "foi"],
    };

    private static readonly string[] Languages = [.. FunctionWords.Keys];

    // Each function word with the languages it belongs to, one bit per entry of Languages: a text's words are looked
    // up once each, not once per language.
    private static readonly Dictionary<string, int> LanguagesOfWord = FunctionWords
        .SelectMany(f => f.Value.Select(word => (word, bit: 1 << Array.IndexOf(Languages, f.Key))))
        .GroupBy(w => w.word)
        .ToDictionary(g => g.Key, g => g.Aggregate(0, (mask, w) => mask | w.bit));

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordLookup = LanguagesOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int LongestWord = LanguagesOfWord.Keys.Max(w => w.Length);
    private static readonly int English = Array.IndexOf(Languages, "en");

    /// <summary>An ISO 639-1 code, or null when the text gives too little to tell; <paramref name="tokens"/> are its words, lower-cased.</summary>
    public static string? Guess(IReadOnlyList<string> tokens, string text)
    {
        if (NonLatinScript(text) is { } script) return script;
        Span<int> hits = stackalloc int[Languages.Length];
        foreach (var token in tokens)
            if (LanguagesOfWord.TryGetValue(token, out var mask)) Count(mask, hits);
        return Best(hits);
    }

    /// <summary>The same guess, reading the words of <paramref name="text"/> in place.</summary>
    public static string? Guess(string text)
    {
        if (NonLatinScript(text) is { } script) return script;
        Span<int> hits = stackalloc int[Languages.Length];
        Span<char> buffer = stackalloc char[LongestWord];
        var walk = new TextWalk(text);
        while (walk.MoveNext())
            if (walk.Mark == '\0' && walk.Length <= LongestWord && WordLookup.TryGetValue(walk.Word(buffer), out var mask)) Count(mask, hits);
        return Best(hits);
    }

    private static void Count(int mask, Span<int> hits)
    {
        for (var l = 0; l < hits.Length; l++)
            if ((mask & (1 << l)) != 0) hits[l]++;
    }

    private static string? Best(Span<int> hits)
    {
        var best = 0;
        for (var l = 1; l < hits.Length; l++)
            if (hits[l] > hits[best]) best = l;
        if (hits[best] == 0) return null;
        // Shared words ("no", "is", "a") make ties common: English wins a tie, since the lexicon can then still help.
        return hits[best] == hits[English] ? "en" : Languages[best];
    }

    private static string? NonLatinScript(string text)
    {
        int letters = 0, cyrillic = 0, cjk = 0, arabic = 0, greek = 0, hebrew = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF') cjk++;
            else if (c is >= '\u0600' and <= '\u06FF') arabic++;
            else if (c is >= '\u0370' and <= '\u03FF') greek++;
            else if (c is >= '\u0590' and <= '\u05FF') hebrew++;
            else if (c > '\u024F') other++;
        }
        if (letters == 0) return null;
        var (code, count) = ("ru", cyrillic);
        if (cjk > count) (code, count) = ("zh", cjk);
        if (arabic > count) (code, count) = ("ar", arabic);
        if (greek > count) (code, count) = ("el", greek);
        if (hebrew > count) (code, count) = ("he", hebrew);
        if (other > count) (code, count) = ("und", other);
        return count * 2 > letters ? code : null;
    }
}
