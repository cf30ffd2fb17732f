namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// Mean F1 (scaled ×100) of each ROUGE measure over many scored pairs, each with a percentile bootstrap
/// confidence interval. The bootstrap uses a fixed-seed generator, so the same scores in the same order always
/// give the same intervals. An empty input gives <see cref="Count"/> 0 and all values 0.
/// </summary>
/// <param name="Count">Number of scored pairs.</param>
/// <param name="Rouge1">ROUGE-1 F1 ×100.</param>
/// <param name="Rouge2">ROUGE-2 F1 ×100.</param>
/// <param name="RougeL">ROUGE-L F1 ×100.</param>
/// <param name="RougeLsum">ROUGE-Lsum F1 ×100.</param>
public sealed record RougeAggregate(int Count, MeanWithInterval Rouge1, MeanWithInterval Rouge2, MeanWithInterval RougeL, MeanWithInterval RougeLsum)
{
    /// <summary>Number of bootstrap resamples used by default (as rouge-score's BootstrapAggregator).</summary>
    public const int DefaultResamples = 1000;

    /// <summary>Default confidence level of the interval.</summary>
    public const double DefaultConfidence = 0.95;

    /// <summary>Default seed of the bootstrap generator.</summary>
    public const ulong DefaultSeed = 0x5EED_2004_0725UL;

    private const int Measures = 4;

    /// <summary>Aggregates <paramref name="scores"/> (in the given order) into means and bootstrap intervals.</summary>
    /// <param name="scores">Per-pair scores.</param>
    /// <param name="resamples">Number of bootstrap resamples (each draws <c>scores.Count</c> pairs with replacement).</param>
    /// <param name="confidence">Confidence level in (0, 1); 0.95 gives the 2.5th and 97.5th percentiles.</param>
    /// <param name="seed">Seed of the deterministic generator.</param>
    public static RougeAggregate FromScores(
        IReadOnlyList<RougeScores> scores,
        int resamples = DefaultResamples,
        double confidence = DefaultConfidence,
        ulong seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be in (0, 1).");
        }

        var n = scores.Count;
        if (n == 0)
        {
            return new RougeAggregate(0, default, default, default, default);
        }

        // Matrix of F1 × 100, row-major (pair, measure).
        var values = new double[n * Measures];
        var means = new double[Measures];
        for (var i = 0; i < n; i++)
        {
            var s = scores[i] ?? throw new ArgumentException($"scores[{i}] is null.", nameof(scores));
            var row = i * Measures;
            values[row] = s.Rouge1.F1 * 100;
            values[row + 1] = s.Rouge2.F1 * 100;
            values[row + 2] = s.RougeL.F1 * 100;
            values[row + 3] = s.RougeLsum.F1 * 100;
            for (var m = 0; m < Measures; m++)
            {
                means[m] += values[row + m];
            }
        }

        for (var m = 0; m < Measures; m++)
        {
            means[m] /= n;
        }

        // Bootstrap: resample pairs jointly for all measures; store each resample's means column-wise.
        var sampleMeans = new double[Measures][];
        for (var m = 0; m < Measures; m++)
        {
            sampleMeans[m] = new double[resamples];
        }

        var rng = new SplitMix64(seed);
        Span<double> sums = stackalloc double[Measures];
        for (var r = 0; r < resamples; r++)
        {
            sums.Clear();
            for (var k = 0; k < n; k++)
            {
                var row = rng.NextIndex(n) * Measures;
                sums[0] += values[row];
                sums[1] += values[row + 1];
                sums[2] += values[row + 2];
                sums[3] += values[row + 3];
            }

            for (var m = 0; m < Measures; m++)
            {
                sampleMeans[m][r] = sums[m] / n;
            }
        }

        var tail = (1 - confidence) / 2;
        var result = new MeanWithInterval[Measures];
        for (var m = 0; m < Measures; m++)
        {
            var column = sampleMeans[m];
            Array.Sort(column);
            result[m] = new MeanWithInterval(means[m], SampleStatistics.Percentile(column, tail), SampleStatistics.Percentile(column, 1 - tail));
        }

        return new RougeAggregate(n, result[0], result[1], result[2], result[3]);
    }

    /// <summary>Small deterministic generator (SplitMix64), independent of the runtime's <see cref="Random"/>.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int NextIndex(int exclusiveMax)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            // Multiply-shift maps the top 32 bits uniformly enough onto [0, exclusiveMax).
            return (int)(((z >> 32) * (ulong)exclusiveMax) >> 32);
        }
    }
}
