using Summarizer.Text;
using Summarizer.Text.Embeddings;

namespace Summarizer.Comparisons.Clustering;

/// <summary>
/// How much more alike two articles of a run are than each is to its topic: the evidence that they report the same
/// event. The raw similarity mixes the TF-IDF cosine of title and text (IDF over the run, so the words, names and
/// places few articles share weigh most) with the cosine of sentence embeddings of title and lead (when an embedder
/// is given; else the TF-IDF cosine of title and lead). From it is subtracted the mean of the two articles'
/// backgrounds: an article's background is its mean similarity to the articles ranked
/// <see cref="StorySimilarityWeights.BackgroundFrom"/> to <see cref="StorySimilarityWeights.BackgroundTo"/> most
/// similar to it, articles on its topic but, past the first few, not on its event. So two articles on a topic many
/// articles share (an election, a pandemic) must be much closer to be one story than two on a topic few share; in a
/// small run, where those ranks are missing, the background leans on a prior measured on a large one.
/// </summary>
public sealed class StorySimilarity
{
    private readonly TfIdf _text;
    private readonly TfIdf _lead;
    private readonly float[][]? _meaning;
    private readonly double[] _background;
    private readonly StorySimilarityWeights _weights;

    private StorySimilarity(TfIdf text, TfIdf lead, float[][]? meaning, StorySimilarityWeights weights)
    {
        (_text, _lead, _meaning, _weights) = (text, lead, meaning, weights);
        _background = Backgrounds();
    }

    /// <summary>The number of articles compared.</summary>
    public int Count => _background.Length;

    /// <summary>The similarities of <paramref name="inputs"/>; sentence embeddings are used when <paramref name="embedder"/> is given.</summary>
    public static StorySimilarity Of(IReadOnlyList<ComparisonInput> inputs, StorySimilarityWeights weights, ISentenceEmbedder? embedder = null)
    {
        var text = TfIdf.Build(inputs.Select(i => (IReadOnlyList<string>)ContentWords.Of(Heading(i) + i.Article.Text)).ToList());
        var leads = inputs.Select(i => LeadText(i, weights)).ToList();
        var lead = TfIdf.Build(leads.Select(l => (IReadOnlyList<string>)ContentWords.Of(l)).ToList());
        // Embeddings computed ahead (and cached) are used as they are; missing ones are computed now.
        float[][]? meaning = inputs.All(i => i.Meaning is not null) ? inputs.Select(i => i.Meaning!).ToArray() : embedder?.Embed(leads);
        return new StorySimilarity(text, lead, meaning, weights);
    }

    /// <summary>The title and lead of an article as they are embedded and compared.</summary>
    public static string LeadText(ComparisonInput input, StorySimilarityWeights weights) => Heading(input) + Lead(input, weights.LeadSentences);

    /// <summary>How much more alike articles <paramref name="i"/> and <paramref name="j"/> are than their backgrounds.</summary>
    public double Score(int i, int j) => Raw(i, j) - (_background[i] + _background[j]) / 2;

    /// <summary>The similarity of articles <paramref name="i"/> and <paramref name="j"/> before their backgrounds are taken off.</summary>
    public double Raw(int i, int j)
    {
        double words = _text.Cosine(i, j);
        double lead = _meaning is null ? _lead.Cosine(i, j) : Dot(_meaning[i], _meaning[j]);
        return (1 - _weights.LeadShare) * words + _weights.LeadShare * lead;
    }

    /// <summary>
    /// Every pair (i &lt; j) whose <see cref="Score"/> reaches <paramref name="threshold"/>, found row by row (rows in
    /// parallel), each row's similarities summed over the inverted index rather than pair by pair.
    /// </summary>
    public List<(int I, int J)> PairsAtLeast(double threshold)
    {
        int n = Count;
        var rows = new List<(int, int)>[n];
        Parallel.For(0, n, () => new RowBuffers(n), (i, _, buffers) =>
        {
            var raw = RawRow(i, buffers, from: i + 1);
            var pairs = new List<(int, int)>();
            for (int j = i + 1; j < n; j++)
                if (raw[j] - (_background[i] + _background[j]) / 2 >= threshold) pairs.Add((i, j));
            rows[i] = pairs;
            return buffers;
        }, _ => { });
        return [.. rows.SelectMany(r => r)];
    }

    private double[] Backgrounds()
    {
        int n = _text.Count;
        int from = _weights.BackgroundFrom, to = _weights.BackgroundTo;
        double prior = _meaning is null ? _weights.LexicalPriorBackground : _weights.PriorBackground;
        var background = new double[n];
        Parallel.For(0, n, () => new RowBuffers(n), (i, _, buffers) =>
        {
            var raw = RawRow(i, buffers, from: 0);
            var row = buffers.Others;
            for (int j = 0, k = 0; j < n; j++)
                if (j != i) row[k++] = raw[j];
            Array.Sort(row, (a, b) => b.CompareTo(a));
            var ranks = row.Skip(from).Take(to - from).ToList();
            // Missing ranks (a small run) are filled with the prior, so a run of three articles is judged like a large one.
            background[i] = (ranks.Sum() + (to - from - ranks.Count) * prior) / (to - from);
            return buffers;
        }, _ => { });
        return background;
    }

    /// <summary>
    /// <see cref="Raw"/>(i, j) for every j from <paramref name="from"/> on, in <paramref name="buffers"/>' row (the entry
    /// i and those before <paramref name="from"/> are meaningless): the same sums in the same order as <see cref="Raw"/>,
    /// so the values are identical.
    /// </summary>
    private double[] RawRow(int i, RowBuffers buffers, int from)
    {
        var (words, lead) = (buffers.Words, buffers.Lead);
        Array.Clear(words);
        _text.AddCosines(i, words);
        if (_meaning is null)
        {
            Array.Clear(lead);
            _lead.AddCosines(i, lead);
        }
        for (int j = from; j < words.Length; j++)
        {
            double leadSimilarity = _meaning is null ? lead[j] : Dot(_meaning[i], _meaning[j]);
            words[j] = (1 - _weights.LeadShare) * words[j] + _weights.LeadShare * leadSimilarity;
        }
        return words;
    }

    // One thread's scratch rows, reused across the rows it computes.
    private sealed class RowBuffers(int n)
    {
        public double[] Words { get; } = new double[n];
        public double[] Lead { get; } = new double[n];
        public double[] Others { get; } = new double[Math.Max(0, n - 1)];
    }

    // Unit vectors, so their dot product is their cosine (vectorised: the run's pairs make this the comparison's hot loop).
    private static double Dot(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);

    private static string Heading(ComparisonInput input) => input.Article.Title is { } title ? title + ". " : "";

    private static string Lead(ComparisonInput input, int sentences) =>
        string.Join(' ', input.Article.Sentences.Take(sentences).Select(s => s.Text));
}
