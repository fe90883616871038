namespace JourneyStudio.Domain.Feedback.Sentiment;

/// <summary>
/// Walks a text the way the scorer reads it, without copying it: words (letters and digits, with apostrophes inside
/// them; curly ones read as straight) and the punctuation marks that end a clause. At each step either
/// <see cref="Mark"/> is a mark, or <see cref="Word"/> gives the word lower-cased into a buffer.
/// </summary>
internal ref struct TextWalk(string text)
{
    /// <summary>The punctuation marks that end a clause.</summary>
    public const string Marks = ".,;:!?()\n–—";
    private int position;
    private int start;
    private int end;

    /// <summary>The punctuation mark at this step, or '\0' at a word.</summary>
    public char Mark { get; private set; }

    public bool MoveNext()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsLetterOrDigit(c))
            {
                start = position;
                while (position < text.Length && (char.IsLetterOrDigit(text[position]) || IsApostrophe(text[position]))) position++;
                end = position;
                // Apostrophes around a word are quotes, not part of it.
                while (end > start && IsApostrophe(text[end - 1])) end--;
                Mark = '\0';
                return true;
            }
            position++;
            if (Marks.Contains(c)) { Mark = c; return true; }
        }
        return false;
    }

    /// <summary>The word's length; <see cref="Word"/> needs a buffer this long.</summary>
    public readonly int Length => end - start;

    /// <summary>The word as written, curly apostrophes straightened.</summary>
    public readonly string Text()
    {
        var word = text[start..end];
        return word.Contains('’') || word.Contains('‘') ? word.Replace('’', '\'').Replace('‘', '\'') : word;
    }

    /// <summary>The word lower-cased, curly apostrophes straightened, written into <paramref name="buffer"/>.</summary>
    public readonly ReadOnlySpan<char> Word(Span<char> buffer)
    {
        var word = buffer[..Length];
        text.AsSpan(start, Length).ToLowerInvariant(word);
        word.Replace('’', '\'');
        word.Replace('‘', '\'');
        return word;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';
}
