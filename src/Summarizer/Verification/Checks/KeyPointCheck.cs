using Summarizer.Summaries;
using Summarizer.Text;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Facts.People;
using Summarizer.Facts.Quantities;
using Summarizer.Verification.Matching;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Checks a key point against the sentences it cites: every id must exist, at least <see cref="Threshold"/> of the
/// key point's content words must occur in them, and every number and person it names must be in them. With no
/// citation (free text), the best-matching article sentence stands in, joined if need be with a second sentence
/// about the same named person or thing for a figure the first lacks (<see cref="JoinedSentences"/>). A number whose
/// counted noun appears in the cited sentences with another value is Contradicted.
/// </summary>
internal static class KeyPointCheck
{
    public const double Threshold = 0.5;

    public static Finding Check(string text, IReadOnlyList<int> sentenceIds, CheckContext ctx)
    {
        var words = ContentWords.Prefixes(text);
        // The key point's own facts, read once however many sentence sets it is held against.
        var own = new Lazy<FactSheet>(() => ctx.Extractor.Extract(SummaryText.AsArticle(text)), LazyThreadSafetyMode.None);
        if (sentenceIds.Count > 0)
        {
            var ids = sentenceIds.Distinct().ToList();
            return Against(text, ids, ids, words, own, citedByIds: true, ctx);
        }
        if (Best(words, ctx) is not { } best)
            return new Finding("keyPoint", text, FindingStatus.Unsupported, null, Note: "no article sentence supports this");
        var single = Against(text, [best], [best], words, own, citedByIds: false, ctx);
        // Free text often joins two sentences (JoinedSentences). Only a figure the best sentence lacks is looked for
        // elsewhere: one it gives otherwise ("1-0" at half-time) stands against the key point, since another sentence
        // with the key point's figure may be another event ("lost 4-0 to Celtic last month").
        if (single.Status != FindingStatus.Unsupported) return single;
        Finding? wrongPerson = null;
        foreach (int second in JoinedSentences.Complements(text, words, best, ctx))
        {
            var joined = Against(text, best < second ? [best, second] : [second, best], [best], words, own, citedByIds: false, ctx);
            if (joined.Status == FindingStatus.Supported) return joined;
            // Joined, the figure was found but the person was not: that is what is wrong, so that is what the note says.
            if (joined.Note?.EndsWith(NotNamed, StringComparison.Ordinal) == true) wrongPerson ??= joined;
        }
        return wrongPerson ?? single;
    }

    private const string NotNamed = " is not named in the cited sentence(s)";

    // ids: the sentences that support the key point; peopleIds: those that must name the people it names.
    private static Finding Against(string text, List<int> ids, List<int> peopleIds, HashSet<string> words, Lazy<FactSheet> ownFacts, bool citedByIds, CheckContext ctx)
    {
        var missing = ids.Where(id => ctx.Article.SentenceById(id) is null).ToList();
        if (missing.Count > 0)
            return new Finding("keyPoint", text, FindingStatus.Unsupported, null, Note: $"cites sentence(s) {string.Join(", ", missing)} that do not exist");

        var cited = ids.Select(id => ctx.Article.Sentences[id]).ToList();
        var evidenceWords = new HashSet<string>(ids.SelectMany(id => ctx.SentenceWords[id]), StringComparer.Ordinal);
        double coverage = ContentWords.Coverage(words, evidenceWords);
        var first = cited[0];
        string evidence = string.Join(" ", cited.Select(s => s.Text));
        Finding Result(FindingStatus status, string? note) => new("keyPoint", text, status, evidence, first.Start, cited[^1].End - first.Start, note);

        // A key point that repeats its cited sentences word for word states exactly what they state.
        string normalized = NormalizedText.Normalize(text);
        if (normalized.Length > 0 && NormalizedText.Normalize(evidence).Contains(normalized, StringComparison.Ordinal))
            return Result(FindingStatus.Supported, null);
        if (coverage < Threshold)
        {
            int? better = citedByIds ? Best(words, ctx) : null;
            string hint = better is { } b && !ids.Contains(b) ? $"; sentence {b} matches better" : "";
            return Result(FindingStatus.Unsupported, $"only {coverage:P0} of its content words are in the cited sentence(s){hint}");
        }
        var own = ownFacts.Value;
        var citedFacts = ctx.Facts.Quantities.Where(q => ids.Contains(q.SentenceId)).ToList();
        foreach (var q in own.Quantities)
        {
            if (citedFacts.Any(f => Near(f.Value, q.Value) || (f.UpperValue is { } u && Near(u, q.Value)))) continue;
            // A number the extractor does not count (the day of a date) still stands in the cited sentence's words.
            if (q.Unit is null && NumberIn(q.Value, ids, ctx)) continue;
            var conflict = q.Unit is null ? null : citedFacts.FirstOrDefault(f => f.Unit is not null && Units.Class(f.Unit) == Units.Class(q.Unit));
            return conflict is not null
                ? Result(FindingStatus.Contradicted, $"says {q.Text} where the cited sentence says {conflict.Text}")
                : Result(FindingStatus.Unsupported, $"{q.Text} is not in the cited sentence(s)");
        }
        foreach (var p in own.People)
        {
            var person = PersonMatcher.Find(ctx.Facts.People, p.Name);
            if (person is null || !person.Mentions.Any(m => peopleIds.Contains(m.SentenceId)))
                return Result(FindingStatus.Unsupported, p.Name + NotNamed);
        }
        // Joining sentences, a person named by surname alone must be in the best one too (not for a single sentence,
        // which may name its person by a pronoun or a role: see JoinedSentences).
        if (ids.Count > peopleIds.Count && JoinedSentences.PersonNamedBySurnameOutside(text, peopleIds, ctx) is { } absent)
            return Result(FindingStatus.Unsupported, absent + NotNamed);
        return Result(FindingStatus.Supported, null);
    }

    private static bool NumberIn(double value, List<int> ids, CheckContext ctx)
    {
        var index = Alignment.ArticleIndexCache.For(ctx.Article);
        return index.Tokens.Any(t => t.IsNumber && ids.Contains(t.Sentence) && Alignment.NumberValue.Of(t.Folded, null) is { } v && Near(v, value));
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 0.005 * Math.Max(Math.Abs(a), Math.Abs(b)) + 1e-9;

    private static int? Best(HashSet<string> words, CheckContext ctx)
    {
        int? best = null;
        double bestScore = Threshold - 1e-9;
        for (int i = 0; i < ctx.SentenceWords.Count; i++)
        {
            // A sentence that speaks to a model supports nothing: a summary repeating it is obeying it.
            if (ctx.Article.IsAddressedToModel(i)) continue;
            double score = ContentWords.Coverage(words, ctx.SentenceWords[i]);
            if (score > bestScore) { bestScore = score; best = i; }
        }
        return best;
    }
}
