using Summarizer.Articles;
using Summarizer.Text;

namespace Summarizer.Verification.Alignment;

/// <summary>
/// An article's words, looked up case-insensitively: where each folded word and five-letter stem occurs, which
/// word pairs occur, which number values it states, which words each sentence holds, and how the article capitalises
/// each word away from a sentence's start (the truecasing evidence for lower-cased summaries). Built once per article.
/// </summary>
internal sealed class ArticleIndex
{
    private readonly Dictionary<string, List<int>> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _capitalised = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lower = new(StringComparer.Ordinal);

    public ArticleIndex(Article article)
    {
        Article = article;
        var raw = WordTokenizer.Tokenize(article.Text);
        Tokens = raw.Select(t => t with { Sentence = Math.Max(0, article.SentenceIdAt(t.Start)) }).ToList();
        SentenceWords = Enumerable.Range(0, Math.Max(1, article.Sentences.Count)).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        var sentenceTokens = Enumerable.Range(0, SentenceWords.Count).Select(_ => new List<int>()).ToList();
        for (int i = 0; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            Add(_positions, t.Folded, i);
            Add(_positions, Stem(t.Folded), i);
            if (i > 0) Bigrams.Add(Tokens[i - 1].Folded + " " + t.Folded);
            if (t.Sentence < SentenceWords.Count)
            {
                SentenceWords[t.Sentence].Add(t.Folded);
                SentenceWords[t.Sentence].Add(Stem(t.Folded));
                sentenceTokens[t.Sentence].Add(i);
            }
            if (!t.SentenceInitial && char.IsLetter(article.Text[t.Start]))
                Increment(t.Capitalised ? _capitalised : _lower, t.Folded);
            if (NumberValue.Of(t.Folded, i + 1 < Tokens.Count ? Tokens[i + 1].Folded : null) is { } v)
            {
                Numbers.Add(Round(v));
                // "3.5 million" also states 3.5; "2,000" may be summarised as "2k" (the same value).
                if (char.IsDigit(t.Folded[0])) Numbers.Add(Round(double.Parse(new string(t.Folded.TakeWhile(ch => char.IsDigit(ch) || ch == '.').ToArray()).TrimEnd('.'), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        SentenceTokens = sentenceTokens;
    }

    public Article Article { get; }

    /// <summary>Indexes into <see cref="Tokens"/> of each sentence's words, in order, by sentence id.</summary>
    public IReadOnlyList<IReadOnlyList<int>> SentenceTokens { get; }

    public IReadOnlyList<WordToken> Tokens { get; }

    /// <summary>"previous next" for every adjacent pair of folded words.</summary>
    public HashSet<string> Bigrams { get; } = new(StringComparer.Ordinal);

    /// <summary>Every number value the article states, rounded to 4 significant digits.</summary>
    public HashSet<double> Numbers { get; } = [];

    /// <summary>Folded words and stems of each sentence, by sentence id.</summary>
    public IReadOnlyList<HashSet<string>> SentenceWords { get; }

    /// <summary>True when the article has the folded word, or failing that its stem.</summary>
    public bool Contains(string folded, bool orStem = true) => _positions.ContainsKey(folded) || (orStem && _positions.ContainsKey(Stem(folded)));

    /// <summary>Token indexes of the word (exact folded form first, then same stem).</summary>
    public IReadOnlyList<int> Positions(string folded) =>
        _positions.TryGetValue(folded, out var exact) ? exact : _positions.TryGetValue(Stem(folded), out var stem) ? stem : [];

    /// <summary>
    /// True when the article writes the word with a capital away from sentence starts more often than not — a name
    /// ("kilmarnock" → Kilmarnock); null when the article only has it at sentence starts or not at all.
    /// </summary>
    public bool? IsCapitalised(string folded)
    {
        int up = _capitalised.GetValueOrDefault(folded), down = _lower.GetValueOrDefault(folded);
        return up + down == 0 ? null : up > down;
    }

    /// <summary>The five-letter stem words are compared by when their endings differ ("deployed"/"deploying").</summary>
    public static string Stem(string folded) => folded.Length > 5 && !char.IsDigit(folded[0]) ? "~" + folded[..5] : folded;

    public static double Round(double value) => value == 0 ? 0 : Math.Round(value, Math.Max(0, 3 - (int)Math.Floor(Math.Log10(Math.Abs(value)))));

    private static void Add(Dictionary<string, List<int>> map, string key, int index)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != index) list.Add(index);
    }

    private static void Increment(Dictionary<string, int> map, string key) => map[key] = map.GetValueOrDefault(key) + 1;
}
