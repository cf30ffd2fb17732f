using Summarizer.Articles;
using Summarizer.Text;

namespace Summarizer.Comparisons.Roundup;

/// <summary>
/// The sentences of a story's articles that a roundup may use, with how strongly the other outlets echo each: for
/// every sentence, its best TF-IDF match in each other article (IDF over the story's sentences).
/// </summary>
internal sealed class StorySentences
{
    private const int MinWords = 6;

    private readonly double[,] _similarity;

    public sealed record Candidate(int Input, Sentence Sentence, int Position, string? Outlet, string ArticleId)
    {
        /// <summary>The sentence leans on a source named earlier in its article (<see cref="Roundup.UnnamedSource"/>).</summary>
        public bool UnnamedSource { get; } = Roundup.UnnamedSource.In(Sentence.Text);

        /// <summary>Its content words written in lower case: what it says beyond the names (people, places, titles) it mentions.</summary>
        public HashSet<string> Plain { get; } = PlainWords(Sentence.Text);
    }

    public IReadOnlyList<Candidate> Candidates { get; }

    /// <summary>Per candidate and input, the index of the candidate of that input most like it (-1 for its own input or none).</summary>
    public int[,] BestMatch { get; }

    public StorySentences(IReadOnlyList<ComparisonInput> inputs)
    {
        Candidates = inputs.SelectMany((input, i) => input.Article.Sentences
                .Where(Usable).Select(s => new Candidate(i, s, s.Id, input.Outlet, input.Article.Id)))
            .ToList();
        _similarity = TfIdf.Build(Candidates.Select(c => (IReadOnlyList<string>)ContentWords.Of(c.Sentence.Text)).ToList()).SimilarityMatrix();
        BestMatch = new int[Candidates.Count, inputs.Count];
        for (int c = 0; c < Candidates.Count; c++)
            for (int i = 0; i < inputs.Count; i++)
            {
                BestMatch[c, i] = -1;
                if (i == Candidates[c].Input) continue;
                for (int d = 0; d < Candidates.Count; d++)
                    if (Candidates[d].Input == i && (BestMatch[c, i] < 0 || _similarity[c, d] > _similarity[c, BestMatch[c, i]]))
                        BestMatch[c, i] = d;
            }
    }

    public double Similarity(int a, int b) => _similarity[a, b];

    /// <summary>
    /// The candidates of other articles that state what candidate <paramref name="c"/> states (one per article at
    /// most): alike at <paramref name="minSimilarity"/> and sharing <paramref name="minSharedWords"/> content words
    /// beyond names, since two sentences naming the same people may say different things of them.
    /// </summary>
    public List<int> Echoes(int c, double minSimilarity, int minSharedWords)
    {
        var echoes = new List<int>();
        for (int i = 0; i < BestMatch.GetLength(1); i++)
            if (BestMatch[c, i] is var d and >= 0 && _similarity[c, d] >= minSimilarity
                && Candidates[c].Plain.Count(Candidates[d].Plain.Contains) >= minSharedWords) echoes.Add(d);
        return echoes;
    }

    // A word opening with a capital is a name, a title or a sentence's first word: none says what happened.
    private static HashSet<string> PlainWords(string text) =>
        ContentWords.Of(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.FirstOrDefault(char.IsLetterOrDigit) is var first && first != default && !char.IsUpper(first)))).ToHashSet(StringComparer.Ordinal);

    /// <summary>How strongly the other articles echo candidate <paramref name="c"/>: the sum of its best match in each.</summary>
    public double Support(int c)
    {
        double sum = 0;
        for (int i = 0; i < BestMatch.GetLength(1); i++)
            if (BestMatch[c, i] is var d and >= 0) sum += _similarity[c, d];
        return sum;
    }

    // A roundup states facts in the reporter's voice: questions, exclamations, first-person asides and sentences that
    // are mostly a quotation are the outlet's or the speaker's voice, and fragments say too little.
    private static bool Usable(Sentence sentence)
    {
        string text = sentence.Text.Trim();
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWords) return false;
        if (text.EndsWith('?') || text.EndsWith('!') || text.EndsWith(':')) return false;
        int quoted = QuotedLength(text);
        return quoted * 2 < text.Length && !FirstPerson(text);
    }

    private static int QuotedLength(string text)
    {
        int length = 0, open = -1;
        for (int k = 0; k < text.Length; k++)
        {
            if (text[k] is not ('"' or '“' or '”')) continue;
            if (open < 0) open = k;
            else { length += k - open; open = -1; }
        }
        return length;
    }

    private static bool FirstPerson(string text)
    {
        foreach (var word in text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
            if (word is "I" or "I'm" or "I’m" or "I've" or "my" or "My" or "we" or "We" or "our" or "Our") return !text.Contains('"') && !text.Contains('“');
        return false;
    }
}
