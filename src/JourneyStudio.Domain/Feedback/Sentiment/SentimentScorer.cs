namespace JourneyStudio.Domain.Feedback.Sentiment;

/// <summary>A text's sentiment: <see cref="Score"/> in [−1, 1], or null when the text is in a language the scorer does not know.</summary>
public sealed record SentimentReading(double? Score, string? Language, int Hits)
{
    public bool Unscored => Score is null;
}

/// <summary>
/// Lexicon sentiment for English feedback that came without a score. Rules, after VADER (Hutto and Gilbert, 2014),
/// written here over the AFINN-165 word list:
/// <list type="bullet">
/// <item>Negation: a negator ("not", "never", "isn't", "without" …) within the three words before a rated word,
/// in the same clause, flips it and halves it, so "not bad" is mildly positive and "not great" mildly negative.</item>
/// <item>Intensifiers right before a rated word ("really slow", "extremely helpful") multiply it by 1.5; softeners
/// ("slightly", "a bit", "somewhat") by 0.5. WORDS IN CAPITALS count 1.3 times when the text is not all capitals.</item>
/// <item>Contrast: after "but" / "however" / "although" a clause weighs 1.5 and what came before it 0.5.</item>
/// <item>Exclamation marks add a little weight in the direction of the sum (at most three count).</item>
/// </list>
/// The sum s becomes s / √(s² + 15), VADER's normalisation, which keeps one strong word below ±1.
/// Texts the language guess says are not English are left unscored, and so are texts with no rated word and no
/// English function word (nothing to go on); an English text with no rated word scores 0.
/// </summary>
public sealed class SentimentScorer(SentimentLexicon lexicon)
{
    private const double Alpha = 15;

    private static readonly HashSet<string> Negators =
    [
        "not", "no", "never", "none", "nothing", "nobody", "nowhere", "neither", "nor", "without", "hardly", "barely", "scarcely",
        "cannot", "cant", "can't", "dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "isnt", "isn't", "wasnt", "wasn't",
        "arent", "aren't", "werent", "weren't", "wont", "won't", "wouldnt", "wouldn't", "couldnt", "couldn't", "shouldnt",
        "shouldn't", "havent", "haven't", "hasnt", "hasn't", "hadnt", "hadn't", "aint", "ain't", "never",
    ];

    private static readonly Dictionary<string, double> Intensifiers = new()
    {
        ["very"] = 1.5, ["really"] = 1.5, ["extremely"] = 1.5, ["so"] = 1.5, ["super"] = 1.5, ["incredibly"] = 1.5, ["totally"] = 1.5,
        ["absolutely"] = 1.5, ["completely"] = 1.5, ["utterly"] = 1.5, ["highly"] = 1.5, ["truly"] = 1.5, ["especially"] = 1.5,
        ["exceptionally"] = 1.5, ["insanely"] = 1.5, ["ridiculously"] = 1.5, ["terribly"] = 1.5, ["awfully"] = 1.5,
        ["painfully"] = 1.5, ["seriously"] = 1.5, ["too"] = 1.3, ["most"] = 1.3, ["quite"] = 1.2, ["pretty"] = 1.2,
        ["slightly"] = 0.5, ["somewhat"] = 0.5, ["bit"] = 0.5, ["little"] = 0.6, ["kinda"] = 0.5, ["fairly"] = 0.7, ["rather"] = 0.8,
        ["mildly"] = 0.5, ["marginally"] = 0.5,
    };

    private static readonly HashSet<string> ContrastWords = ["but", "however", "although", "though", "yet"];

    public static SentimentScorer Default { get; } = new(SentimentLexicon.Default);

    public SentimentReading Score(string? text)
    {
        var tokens = Tokenise(text ?? "");
        var language = LanguageGuess.Guess(Words(tokens), text ?? "");
        if (language is not null && language != "en") return new SentimentReading(null, language, 0);

        var allCaps = (text ?? "").Any(char.IsLetter) && !(text ?? "").Any(char.IsLower);
        var contrastAt = tokens.FindLastIndex(t => t.IsWord && ContrastWords.Contains(t.Lower));
        double sum = 0;
        var hits = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || Intensifiers.ContainsKey(token.Lower) && NextWordRated(tokens, i)) continue;
            double valence;
            var pv = 0;
            var phrase = i + 1 < tokens.Count && tokens[i + 1].IsWord && lexicon.TryPhrase(token.Lower, tokens[i + 1].Lower, out pv);
            if (phrase) valence = pv;
            else if (lexicon.TryWord(token.Lower, out var w) && w != 0 && !Negators.Contains(token.Lower)) valence = w;
            else continue;
            hits++;

            valence *= Intensity(tokens, i);
            if (!allCaps && token.Text.Length >= 3 && token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c))) valence *= 1.3;
            // A phrase such as "not good" already carries its negation.
            if (!phrase && Negated(tokens, i)) valence = -valence * 0.5;
            if (contrastAt >= 0) valence *= i > contrastAt ? 1.5 : 0.5;
            sum += valence;
            if (phrase) i++;
        }

        if (hits == 0) return language == "en" ? new SentimentReading(0, "en", 0) : new SentimentReading(null, language, 0);
        var exclamations = Math.Min(3, (text ?? "").Count(c => c == '!'));
        if (sum != 0) sum += Math.Sign(sum) * exclamations * 0.3;
        var score = sum / Math.Sqrt(sum * sum + Alpha);
        return new SentimentReading(Math.Round(Math.Clamp(score, -1, 1), 4), "en", hits);
    }

    /// <summary>
    /// The language <see cref="Score"/> would give a text, for text that comes with its own score: the function-word
    /// guess, read in place; only a text that guess cannot place (few words, none of them function words) is scored.
    /// </summary>
    public string? Language(string text) => LanguageGuess.Guess(text) ?? Score(text).Language;

    private static List<string> Words(List<Token> tokens)
    {
        var words = new List<string>(tokens.Count);
        foreach (var token in tokens)
            if (token.IsWord) words.Add(token.Lower);
        return words;
    }

    private bool NextWordRated(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].IsWord
        && (lexicon.TryWord(tokens[i + 1].Lower, out var v) && v != 0 || Intensifiers.ContainsKey(tokens[i + 1].Lower));

    private static double Intensity(List<Token> tokens, int i)
    {
        double factor = 1;
        // "really very slow", "a bit slow": up to two modifiers straight before the word, not across punctuation.
        for (var j = i - 1; j >= Math.Max(0, i - 2) && tokens[j].IsWord; j--)
        {
            if (Intensifiers.TryGetValue(tokens[j].Lower, out var m)) factor *= m;
            else if (!Negators.Contains(tokens[j].Lower)) break;
        }
        return factor;
    }

    private static bool Negated(List<Token> tokens, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            if (!tokens[j].IsWord) return false;
            if (Negators.Contains(tokens[j].Lower)) return true;
        }
        return false;
    }

    private readonly record struct Token(string Text, string Lower, bool IsWord);

    private static readonly Dictionary<char, Token> Punctuation =
        TextWalk.Marks.ToDictionary(c => c, c => new Token(c.ToString(), c.ToString(), false));

    private static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>();
        var walk = new TextWalk(text);
        while (walk.MoveNext())
        {
            if (walk.Mark != '\0') { tokens.Add(Punctuation[walk.Mark]); continue; }
            var word = walk.Text();
            tokens.Add(new Token(word, word.ToLowerInvariant(), true));
        }
        return tokens;
    }
}
