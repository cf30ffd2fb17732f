using Summarizer.Evaluation.Consistency;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// Turns the <c>val</c> cut of a CLIFF / AggreFact file into extra tuning data: the summaries people labelled consistent
/// (label 1), written by models trained on the whole CNN/DM or XSum training set, stand in for the reference style.
/// Summaries of one document become its several references. A document that is an article of the references file is
/// left out: a test article must never be tuned on, and a dev article would be trained on while it is held out. Two
/// texts are one article when their openings agree (<see cref="ArticleFingerprint"/>), so a copy re-spaced, re-encoded or cut
/// short still matches.
/// </summary>
public static class PseudoReferenceReader
{
    /// <summary>The cut whose rows may be tuned on; every other cut is ignored.</summary>
    public const string TuningCut = "val";

    /// <summary>Reads the file at <paramref name="cliffPath"/>; unreadable rows are reported in <paramref name="problems"/>.</summary>
    public static PseudoReferenceSet Read(string cliffPath, IEnumerable<EvalDocument> known, List<string> problems) =>
        FromRows(CliffReader.Read(cliffPath, problems), known);

    /// <summary>The val, label-1 rows of <paramref name="rows"/>, one document per article, less the articles in <paramref name="known"/>.</summary>
    public static PseudoReferenceSet FromRows(IEnumerable<CliffRow> rows, IEnumerable<EvalDocument> known)
    {
        var knownSplits = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in known) knownSplits.TryAdd(ArticleFingerprint.Of(document.Article), document.Split);
        var documents = new List<PseudoReferenceDocument>();
        int excludedAsTest = 0, excludedAsTuning = 0;
        var articles = rows.Where(r => string.Equals(r.Cut, TuningCut, StringComparison.OrdinalIgnoreCase))
            .GroupBy(r => (r.Origin, Key: ArticleFingerprint.Of(r.Document)));
        foreach (var article in articles)
        {
            if (knownSplits.TryGetValue(article.Key.Key, out string? split))
            {
                if (ExtractiveTuning.TuningSplits.Contains(split)) excludedAsTuning++;
                else excludedAsTest++;
                continue;
            }
            var references = article.Where(r => r.Label == 1).Select(r => SentencePerLine(r.Summary)).Where(s => s.Length > 0).ToList();
            if (references.Count == 0) continue;
            var first = article.First();
            documents.Add(new PseudoReferenceDocument(first.Id, first.Origin, first.Document, references));
        }
        return new PseudoReferenceSet(documents, excludedAsTest, excludedAsTuning);
    }

    // The product's own splitter, so ROUGE-Lsum sees the pseudo-reference's sentences as it sees a reference's lines.
    private static string SentencePerLine(string summary) =>
        SummarySystems.Build(summary) is { } article ? string.Join('\n', article.Sentences.Select(s => s.Text)) : summary.Trim();
}
