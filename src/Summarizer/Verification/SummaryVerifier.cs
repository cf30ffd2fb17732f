using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification.Checks;
using Summarizer.Text.Embeddings;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Embeddings;
using Summarizer.Verification.Lexicon;
using Summarizer.Verification.Matching;
using Summarizer.Verification.Model;

namespace Summarizer.Verification;

/// <summary>
/// The deterministic verifier. Every figure, person, role, quote, organisation, place and key point of a summary
/// becomes a <see cref="Finding"/>. The <see cref="Verdict"/>'s score is the <see cref="ScoreModel"/>'s probability
/// that the summary is consistent, computed from explainable <see cref="ConsistencyFeatures"/> of the summary's
/// alignment to the article and of the findings. A summary with nothing to check gets one finding saying so.
/// Never throws on bad input: the worst a summary can get is a low score with the reasons.
/// The <paramref name="embedder"/> (all-MiniLM by default) is run only for summary sentences that are not copied word
/// for word from the article — never for the extractive engine's — and each article's pieces are embedded once for
/// all its summaries (<see cref="ArticleTokenCache"/>). Without one, the embedding features are left out of the score.
/// </summary>
public sealed class SummaryVerifier(IFactExtractor extractor, ScoreModel model, ITokenEmbedder? embedder) : ISummaryVerifier
{
    /// <summary>Bump when the checks or the scoring change what a verdict says.</summary>
    public const int RulesVersion = 12;

    public SummaryVerifier() : this(new FactExtractor()) { }

    public SummaryVerifier(IFactExtractor extractor) : this(extractor, ScoreModel.Default) { }

    public SummaryVerifier(IFactExtractor extractor, ITokenEmbedder? embedder) : this(extractor, ScoreModel.Default, embedder) { }

    public SummaryVerifier(IFactExtractor extractor, ScoreModel model) : this(extractor, model, MiniLmSentenceEmbedder.Shared) { }

    public string Version => $"{nameof(SummaryVerifier)}/{RulesVersion}+{extractor.Version}+{model.Version}+{embedder?.ModelId ?? "no-embeddings"}";

    public Verdict Verify(Article article, FactSheet facts, StructuredSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var ctx = new CheckContext(article, facts, extractor);
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var q in summary.Quantities)
            Add(findings, seen, QuantityCheck.Check(new QuantityClaim(q.Text ?? Display(q.Value, q.Unit, q.Qualifier), q.Value, null, q.Unit, q.Qualifier, q.SentenceId), ctx));
        foreach (var p in summary.People)
            foreach (var f in PersonCheck.Check(p.Name, p.Roles, ctx)) Add(findings, seen, f);
        foreach (var q in summary.Quotes)
            Add(findings, seen, QuoteCheck.Check(q.Text, q.Speaker, ctx));
        foreach (var o in summary.Organisations) Add(findings, seen, NamedCheck.Check("organisation", o, ctx));
        foreach (var p in summary.Places) Add(findings, seen, NamedCheck.Check("place", p, ctx));
        // The prose can state figures, names and quotes the structured fields leave out. A headline that is the
        // article's own title is the source speaking, not a claim of the summary: it is supported by the title itself.
        bool ownTitle = IsOwnTitle(summary.Headline, article.Title);
        if (ownTitle) Add(findings, seen, new Finding("headline", summary.Headline, FindingStatus.Supported, article.Title, Note: "the article's own title"));
        string prose = string.Join("\n", new[] { ownTitle ? null : summary.Headline, summary.Lede }.Where(s => !string.IsNullOrWhiteSpace(s)));
        CheckProse(prose, ctx, findings, seen);
        // The headline and every lede sentence must stand on an article sentence, as a key point must: a model's
        // invented lede may name no figure or person the checks above could fault.
        foreach (var (kind, sentence) in ProseSentences(ownTitle ? null : summary.Headline, summary.Lede))
            Add(findings, seen, WordingCheck.Check(kind, sentence, ctx));
        foreach (var k in summary.KeyPoints)
            Add(findings, seen, KeyPointCheck.Check(k.Text, k.SentenceIds, ctx));
        // The model reads the summary's prose; a summary of fields alone has none, and is scored by its findings.
        string statements = string.Join("\n", new[] { ownTitle ? null : summary.Headline, summary.Lede }.Concat(summary.KeyPoints.Select(k => k.Text))
            .OfType<string>().Where(s => !string.IsNullOrWhiteSpace(s)));
        var assessment = Finish(findings, ctx, statements);
        var verdict = statements.Length > 0 ? assessment.Verdict : assessment.Verdict with { Score = Scoring.Score(assessment.Verdict.Findings) };
        var said = new[] { (Text: summary.Headline, Cites: (IReadOnlyList<int>)[]), (summary.Lede, []) }
            .Concat(summary.KeyPoints.Select(k => (k.Text, k.SentenceIds))).Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList();
        return WithInstructions(verdict, article, said);
    }

    private static IEnumerable<(string Kind, string Sentence)> ProseSentences(string? headline, string? lede)
    {
        if (!string.IsNullOrWhiteSpace(headline)) yield return ("headline", headline.Trim());
        if (string.IsNullOrWhiteSpace(lede)) yield break;
        foreach (var sentence in SummaryText.AsArticle(lede).Sentences.Where(s => s.Text.Any(char.IsLetter)))
            yield return ("lede", sentence.Text);
    }

    // After scoring: a warning about the source is not a feature of the summary's faithfulness; repeating it is a failure.
    private static Verdict WithInstructions(Verdict verdict, Article article, IReadOnlyList<(string Text, IReadOnlyList<int> Cites)> statements)
    {
        if (article.AddressedToModel.Count == 0) return verdict;
        var added = InstructionCheck.Check(article, statements).ToList();
        return verdict with { Findings = [.. verdict.Findings, .. added] };
    }

    public Verdict VerifyText(Article article, FactSheet facts, string summaryText) =>
        WithInstructions(AssessText(article, facts, summaryText).Verdict, article, [(summaryText ?? "", [])]);

    /// <summary>As <see cref="VerifyText"/>, with the features the score was computed from.</summary>
    public ConsistencyAssessment AssessText(Article article, FactSheet facts, string summaryText)
    {
        summaryText = SpacedHyphens.Join(summaryText ?? "", article.Text);
        var ctx = new CheckContext(article, facts, extractor);
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var summary = CheckProse(summaryText ?? "", ctx, findings, seen);
        // Repeated sentences are checked once: their findings would be identical.
        foreach (var sentence in summary.Sentences.Where(s => s.Text.Any(char.IsLetter)).DistinctBy(s => s.Text))
            Add(findings, seen, KeyPointCheck.Check(sentence.Text, [], ctx));
        return Finish(findings, ctx, summaryText ?? "");
    }

    private Article CheckProse(string text, CheckContext ctx, List<Finding> findings, HashSet<string> seen)
    {
        var summary = SummaryText.AsArticle(text);
        if (text.Length == 0) return summary;
        var own = extractor.Extract(summary);
        var copied = new CopiedSentences(summary, ctx);
        foreach (var q in own.Quantities.DistinctBy(q => q.Text))
            Add(findings, seen, copied.Vouch(QuantityCheck.Check(new QuantityClaim(q.Text, q.Value, q.UpperValue, q.Unit, q.Qualifier, null), ctx), [q.Span]));
        foreach (var p in own.People)
        {
            var spans = p.Mentions.Select(m => m.Span).Concat(p.Roles.Select(r => r.Span)).ToList();
            foreach (var f in PersonCheck.Check(p.Name, p.Roles.Select(r => r.Role).Distinct().ToList(), ctx)) Add(findings, seen, copied.Vouch(f, spans));
        }
        foreach (var q in own.Quotes.Where(q => q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2).DistinctBy(q => (q.Text, q.Speaker)))
            Add(findings, seen, copied.Vouch(QuoteCheck.Check(q.Text, q.Speaker ?? (q.OnBehalfOf is null ? SpeakerGuess.Guess(summary, q, ctx.Facts.People) : null), ctx), [q.Span]));
        foreach (var o in own.Organisations) Add(findings, seen, copied.Vouch(NamedCheck.Check("organisation", o.Name, ctx), o.Mentions.Select(m => m.Span).ToList()));
        foreach (var p in own.Places) Add(findings, seen, copied.Vouch(NamedCheck.Check("place", p.Name, ctx), p.Mentions.Select(m => m.Span).ToList()));
        return summary;
    }

    // A sentence an earlier check already faulted as <paramref name="kind"/> is not faulted again for the same error.
    private static void AddUnlessFound(List<Finding> findings, string kind, IEnumerable<Finding> more)
    {
        var found = findings.Where(f => f.Kind == kind).Select(f => f.Claim).ToHashSet(StringComparer.Ordinal);
        findings.AddRange(more.Where(f => !found.Contains(f.Claim)).ToList());
    }

    private static void Add(List<Finding> findings, HashSet<string> seen, Finding finding)
    {
        if (seen.Add(finding.Kind + "\u0001" + finding.Claim)) findings.Add(finding);
    }

    private ConsistencyAssessment Finish(List<Finding> findings, CheckContext ctx, string text)
    {
        var article = ctx.Article;
        var lexicon = WordNetLexicon.Shared;
        var alignment = new SummaryAlignment(text, ArticleIndexCache.For(article), lexicon);
        findings.AddRange(NovelTermCheck.Check(text, alignment, findings).ToList());
        findings.AddRange(PolarityCheck.Check(text, alignment, lexicon));
        findings.AddRange(RelationCheck.Check(text, alignment));
        findings.AddRange(SpeakerSwap.Check(text, alignment, ctx.Facts.People));
        AddUnlessFound(findings, "attribution", PersonSwap.Check(text, alignment, ctx.Facts.People));
        findings.AddRange(NovelCause.Check(text, alignment, lexicon));
        findings.AddRange(SubstitutionCheck.Check(text, alignment, lexicon));
        AddUnlessFound(findings, "wording", NovelPredicate.Check(text, alignment, lexicon));
        bool empty = findings.Count == 0;
        if (empty)
            findings.Add(new Finding("keyPoint", "", FindingStatus.Unsupported, null, Note: "the summary states nothing that can be checked"));
        var match = EmbeddingMatch.Compute(alignment, text, embedder, ArticleTokenCache.Shared);
        var features = FeatureExtractor.Compute(alignment, findings, lexicon, match);
        // A summary that states nothing checkable has earned no confidence, whatever its words look like.
        return new ConsistencyAssessment(new Verdict(empty ? 0 : model.Predict(features), findings), features);
    }

    private static bool IsOwnTitle(string? headline, string? title) =>
        !string.IsNullOrWhiteSpace(headline) && !string.IsNullOrWhiteSpace(title)
        && string.Equals(CollapseSpace(headline), CollapseSpace(title), StringComparison.Ordinal);

    private static string CollapseSpace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Display(double value, string? unit, string? qualifier) =>
        string.Join(' ', new[] { qualifier, value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture), unit }.Where(s => !string.IsNullOrEmpty(s)));
}
