using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Text;
using Summarizer.Verification.Matching;

namespace Summarizer.Verification.Checks;

/// <summary>The article and its facts, with the derived forms of its text the checks share (built once, on demand).</summary>
internal sealed class CheckContext(Article article, FactSheet facts, IFactExtractor extractor)
{
    private NormalizedText? _normalized;
    private string? _folded;
    private List<HashSet<string>>? _sentenceWords;

    public Article Article { get; } = article;
    public FactSheet Facts { get; } = facts;
    public IFactExtractor Extractor { get; } = extractor;

    public NormalizedText Normalized => _normalized ??= new NormalizedText(Article.Text);

    /// <summary>Folded article text; folding keeps one character per character, so offsets are shared.</summary>
    public string Folded => _folded ??= TextFold.Fold(Article.Text);

    public IReadOnlyList<HashSet<string>> SentenceWords =>
        _sentenceWords ??= Article.Sentences.Select(s => ContentWords.Prefixes(s.Text)).ToList();

    public string Excerpt(TextSpan span) => Article.Text.Substring(span.Start, Math.Min(span.Length, Article.Text.Length - span.Start));
}
