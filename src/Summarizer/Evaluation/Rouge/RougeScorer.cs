namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// Computes ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum the way Google's <c>rouge-score</c> package
/// (<c>rouge_scorer.RougeScorer</c>) does with its default tokenizer. Instances are immutable apart from the
/// stemmer's thread-safe cache, so one scorer can be shared by many threads.
/// </summary>
public sealed class RougeScorer
{
    private readonly RougeTokenizer _tokenizer;

    /// <summary>Creates a scorer; <paramref name="useStemmer"/> enables Porter stemming of tokens longer than three characters.</summary>
    public RougeScorer(bool useStemmer)
        : this(new RougeTokenizer(useStemmer))
    {
    }

    /// <summary>Creates a scorer that uses the given tokenizer (for sharing one stemmer cache between scorers).</summary>
    public RougeScorer(RougeTokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        _tokenizer = tokenizer;
    }

    /// <summary>Whether tokens are stemmed.</summary>
    public bool UsesStemmer => _tokenizer.UsesStemmer;

    /// <summary>
    /// Scores <paramref name="candidate"/> against <paramref name="reference"/>. ROUGE-1/2/L use the whole texts;
    /// ROUGE-Lsum treats each '\n'-separated line as a sentence. Any measure whose reference or candidate has no
    /// tokens is 0 (for ROUGE-N, precision and recall divide by max(count, 1), as in rouge-score).
    /// </summary>
    public RougeScores Score(string reference, string candidate)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidate);

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var scratch = new List<string>();
        var referenceSentences = ToSentences(reference, vocabulary, scratch, out var referenceTokens);
        var candidateSentences = ToSentences(candidate, vocabulary, scratch, out var candidateTokens);

        // The tokenizer treats '\n' as a separator, so the whole-text tokens are the sentences' tokens concatenated.
        var referenceAll = Flatten(referenceSentences, referenceTokens);
        var candidateAll = Flatten(candidateSentences, candidateTokens);
        var vocabularySize = vocabulary.Count;

        return new RougeScores(
            Unigrams(referenceAll, candidateAll, vocabularySize),
            Bigrams(referenceAll, candidateAll),
            Lcs(referenceAll, candidateAll),
            LongestCommonSubsequence.SummaryLevel(referenceSentences, candidateSentences, vocabularySize));
    }

    private List<int[]> ToSentences(string text, Dictionary<string, int> vocabulary, List<string> scratch, out int tokenCount)
    {
        var sentences = new List<int[]>();
        tokenCount = 0;
        var span = text.AsSpan();
        while (true)
        {
            var newline = span.IndexOf('\n');
            var line = newline < 0 ? span : span[..newline];
            if (!line.IsEmpty)
            {
                scratch.Clear();
                _tokenizer.Tokenize(line, scratch);
                if (scratch.Count > 0)
                {
                    var ids = new int[scratch.Count];
                    for (var i = 0; i < ids.Length; i++)
                    {
                        var token = scratch[i];
                        if (!vocabulary.TryGetValue(token, out var id))
                        {
                            id = vocabulary.Count;
                            vocabulary.Add(token, id);
                        }

                        ids[i] = id;
                    }

                    sentences.Add(ids);
                    tokenCount += ids.Length;
                }
            }

            if (newline < 0)
            {
                break;
            }

            span = span[(newline + 1)..];
        }

        return sentences;
    }

    private static int[] Flatten(List<int[]> sentences, int tokenCount)
    {
        if (sentences.Count == 1)
        {
            return sentences[0];
        }

        var all = new int[tokenCount];
        var offset = 0;
        foreach (var s in sentences)
        {
            s.CopyTo(all, offset);
            offset += s.Length;
        }

        return all;
    }

    private static RougeScore Unigrams(int[] reference, int[] candidate, int vocabularySize)
    {
        if (reference.Length == 0 || candidate.Length == 0)
        {
            return RougeScore.Zero;
        }

        var remaining = new int[vocabularySize];
        foreach (var t in reference)
        {
            remaining[t]++;
        }

        var overlap = 0;
        foreach (var t in candidate)
        {
            if (remaining[t] > 0)
            {
                remaining[t]--;
                overlap++;
            }
        }

        return RougeScore.FromPrecisionRecall((double)overlap / candidate.Length, (double)overlap / reference.Length);
    }

    private static RougeScore Bigrams(int[] reference, int[] candidate)
    {
        var referenceCount = reference.Length - 1;
        var candidateCount = candidate.Length - 1;
        if (referenceCount <= 0 || candidateCount <= 0)
        {
            return RougeScore.Zero;
        }

        var remaining = new Dictionary<long, int>(referenceCount);
        for (var i = 0; i < referenceCount; i++)
        {
            var key = Pair(reference[i], reference[i + 1]);
            remaining[key] = remaining.GetValueOrDefault(key) + 1;
        }

        var overlap = 0;
        for (var i = 0; i < candidateCount; i++)
        {
            var key = Pair(candidate[i], candidate[i + 1]);
            if (remaining.TryGetValue(key, out var left) && left > 0)
            {
                remaining[key] = left - 1;
                overlap++;
            }
        }

        return RougeScore.FromPrecisionRecall((double)overlap / candidateCount, (double)overlap / referenceCount);
    }

    private static long Pair(int first, int second) => ((long)first << 32) | (uint)second;

    private static RougeScore Lcs(int[] reference, int[] candidate)
    {
        if (reference.Length == 0 || candidate.Length == 0)
        {
            return RougeScore.Zero;
        }

        var length = LongestCommonSubsequence.Length(reference, candidate);
        return RougeScore.FromPrecisionRecall((double)length / candidate.Length, (double)length / reference.Length);
    }
}
