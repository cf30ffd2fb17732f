namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// Scores named summarisation systems on a set of documents with ROUGE-1/2/L/Lsum and aggregates the F1 scores
/// per (dataset, split, system) with bootstrap confidence intervals. Documents are processed in parallel; the
/// result is independent of thread scheduling.
/// </summary>
public sealed class RougeEvaluation
{
    private readonly RougeScorer _scorer;
    private readonly int _resamples;
    private readonly ulong _seed;
    private readonly int _maxDegreeOfParallelism;

    /// <summary>Creates an evaluation.</summary>
    /// <param name="useStemmer">Porter-stem tokens longer than three characters (the usual setting for CNN/DM and XSum results).</param>
    /// <param name="bootstrapResamples">Bootstrap resamples for the confidence intervals.</param>
    /// <param name="seed">Seed of the bootstrap generator.</param>
    /// <param name="maxDegreeOfParallelism">Maximum worker threads; -1 lets the runtime decide.</param>
    public RougeEvaluation(
        bool useStemmer = true,
        int bootstrapResamples = RougeAggregate.DefaultResamples,
        ulong seed = RougeAggregate.DefaultSeed,
        int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bootstrapResamples, 1);
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 or a positive number.");
        }

        _scorer = new RougeScorer(useStemmer);
        _resamples = bootstrapResamples;
        _seed = seed;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>
    /// Runs every system on every document and scores its output (sentences separated by '\n') against the
    /// document's reference. A system that throws or returns null for a document is recorded in
    /// <see cref="RougeEvaluationResult.Failures"/> and that document is left out of the system's rows.
    /// Cancellation is honoured between documents. Systems are called concurrently from several threads, so they
    /// must be thread-safe (or <c>maxDegreeOfParallelism</c> must be 1).
    /// </summary>
    public RougeEvaluationResult Evaluate(
        IReadOnlyList<EvalDocument> documents,
        IReadOnlyDictionary<string, Func<EvalDocument, string>> systems,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(systems);

        var systemNames = systems.Keys.ToArray();
        Array.Sort(systemNames, StringComparer.Ordinal);
        var systemFuncs = new Func<EvalDocument, string>[systemNames.Length];
        for (var s = 0; s < systemNames.Length; s++)
        {
            systemFuncs[s] = systems[systemNames[s]] ?? throw new ArgumentException($"System '{systemNames[s]}' is null.", nameof(systems));
        }

        var systemCount = systemNames.Length;
        var scores = new RougeScores?[documents.Count * systemCount];
        var failures = new string?[documents.Count * systemCount];

        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = _maxDegreeOfParallelism,
        };

        Parallel.For(0, documents.Count, options, d =>
        {
            var document = documents[d] ?? throw new ArgumentException($"documents[{d}] is null.", nameof(documents));
            for (var s = 0; s < systemCount; s++)
            {
                var slot = d * systemCount + s;
                string? candidate;
                try
                {
                    candidate = systemFuncs[s](document);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures[slot] = $"{ex.GetType().Name}: {ex.Message}";
                    continue;
                }

                if (candidate is null)
                {
                    failures[slot] = "system returned null";
                    continue;
                }

                scores[slot] = _scorer.Score(document.Reference, candidate);
            }
        });

        var documentScores = new List<DocumentScore>(scores.Length);
        var failureList = new List<SystemFailure>();
        var groups = new SortedDictionary<(string Dataset, string Split, string System), List<RougeScores>>(GroupKeyComparer.Instance);
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            for (var s = 0; s < systemCount; s++)
            {
                var slot = d * systemCount + s;
                if (failures[slot] is { } message)
                {
                    failureList.Add(new SystemFailure(document.Id, systemNames[s], message));
                    continue;
                }

                var score = scores[slot]!;
                documentScores.Add(new DocumentScore(document.Id, document.Dataset, document.Split, systemNames[s], score));
                var key = (document.Dataset, document.Split, systemNames[s]);
                if (!groups.TryGetValue(key, out var list))
                {
                    list = [];
                    groups.Add(key, list);
                }

                list.Add(score);
            }
        }

        var rows = new List<RougeEvaluationRow>(groups.Count);
        foreach (var ((dataset, split, system), list) in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var aggregate = RougeAggregate.FromScores(list, _resamples, RougeAggregate.DefaultConfidence, _seed);
            rows.Add(new RougeEvaluationRow(
                dataset, split, system, aggregate.Count, aggregate.Rouge1, aggregate.Rouge2, aggregate.RougeL, aggregate.RougeLsum));
        }

        return new RougeEvaluationResult(rows, documentScores, failureList);
    }

    private sealed class GroupKeyComparer : IComparer<(string Dataset, string Split, string System)>
    {
        public static readonly GroupKeyComparer Instance = new();

        public int Compare((string Dataset, string Split, string System) x, (string Dataset, string Split, string System) y)
        {
            var c = string.CompareOrdinal(x.Dataset, y.Dataset);
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(x.Split, y.Split);
            return c != 0 ? c : string.CompareOrdinal(x.System, y.System);
        }
    }
}
