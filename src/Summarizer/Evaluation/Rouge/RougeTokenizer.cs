namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// The default tokenizer of Google's <c>rouge-score</c>: lowercase the text, treat every character outside
/// <c>[a-z0-9]</c> as a separator, drop empty tokens and, when a stemmer is supplied, replace each token longer
/// than three characters with its Porter stem. Thread-safe.
/// </summary>
public sealed class RougeTokenizer
{
    /// <summary>Tokens of at most this many characters are never stemmed (as in rouge-score).</summary>
    public const int MaxUnstemmedLength = 3;

    private readonly PorterStemmer? _stemmer;

    /// <summary>Creates a tokenizer; <paramref name="stemmer"/> null disables stemming.</summary>
    public RougeTokenizer(PorterStemmer? stemmer) => _stemmer = stemmer;

    /// <summary>Creates a tokenizer with its own <see cref="PorterStemmer"/> when <paramref name="useStemmer"/> is true.</summary>
    public RougeTokenizer(bool useStemmer) : this(useStemmer ? new PorterStemmer() : null)
    {
    }

    /// <summary>Whether tokens longer than three characters are stemmed.</summary>
    public bool UsesStemmer => _stemmer is not null;

    /// <summary>Tokenizes <paramref name="text"/> into a new list.</summary>
    public IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        Tokenize(text.AsSpan(), tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Span<char> buffer = stackalloc char[128];
        char[]? rented = null;
        var length = 0;

        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? Normalize(text[i]) : ' ';
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (length == buffer.Length)
                {
                    var bigger = System.Buffers.ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                    buffer[..length].CopyTo(bigger);
                    if (rented is not null)
                    {
                        System.Buffers.ArrayPool<char>.Shared.Return(rented);
                    }

                    rented = bigger;
                    buffer = bigger;
                }

                buffer[length++] = c;
            }
            else if (length > 0)
            {
                output.Add(Finish(buffer[..length]));
                length = 0;
            }
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private string Finish(ReadOnlySpan<char> token)
    {
        var s = token.ToString();
        return _stemmer is not null && s.Length > MaxUnstemmedLength ? _stemmer.Stem(s) : s;
    }

    /// <summary>
    /// Simple lowercase mapping. Python's <c>str.lower()</c> also turns U+0130 (İ) into "i" + combining dot and
    /// U+212A (Kelvin sign) into "k"; the invariant simple mapping yields the same ASCII letter for both.
    /// </summary>
    private static char Normalize(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c switch
        {
            '\u0130' => 'i',
            '\u212A' => 'k',
            _ => char.ToLowerInvariant(c),
        };
    }
}
