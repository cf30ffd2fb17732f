using Summarizer.Articles;
using Summarizer.Facts;

namespace Summarizer.Comparisons.Citing;

/// <summary>
/// Which clauses of a story's articles attribute what they say to another outlet of the same story ("12 people
/// died, according to Reuters" in AP's article when Reuters' article is in the story), read from the articles'
/// attribution facts. A position stated in such a clause rests on the cited outlet: it is marked with
/// <see cref="Position.CitesOutlet"/>, and an agreement does not count it as an independent outlet. Only the clause
/// that carries the citation is marked (<see cref="Clauses"/>): in "The fire killed 12 people, according to Reuters,
/// and officials said 40 were injured" the 12 cites Reuters, the 40 does not.
/// </summary>
internal sealed class OutletCitations
{
    // (article id, sentence id) → the clauses of the sentence that cite an outlet of the story, as spans of the sentence.
    private readonly Dictionary<(string ArticleId, int SentenceId), List<(TextSpan Clause, string Outlet)>> _cited = [];
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);

    public OutletCitations(IReadOnlyList<ComparisonInput> inputs)
    {
        var outlets = inputs.Where(i => i.Outlet is not null)
            .Select(i => (Key: OutletKey.Of(i.Outlet!), Name: i.Outlet!)).Where(o => o.Key.Length > 0).ToList();
        foreach (var input in inputs)
        {
            _articles.TryAdd(input.Article.Id, input.Article);
            string own = input.Outlet is { } outlet ? OutletKey.Of(outlet) : "";
            foreach (var attribution in input.Facts.Attributions.OrderBy(a => a.Span.Start))
            {
                string key = OutletKey.Of(attribution.SourceName);
                // An outlet naming itself ("Reuters reported" in Reuters' own copy) cites nobody else.
                if (key.Length == 0 || key == own) continue;
                if (outlets.FirstOrDefault(o => o.Key == key).Name is { } name) Add(input.Article, attribution, name);
            }
        }
    }

    /// <summary>Marks the clauses of the attribution's sentence that its span reaches as citing <paramref name="outlet"/>.</summary>
    private void Add(Article article, AttributionFact attribution, string outlet)
    {
        if (article.SentenceById(attribution.SentenceId) is not { } sentence) return;
        var key = (article.Id, sentence.Id);
        if (!_cited.TryGetValue(key, out var cited)) _cited[key] = cited = [];
        int start = attribution.Span.Start - sentence.Start, end = attribution.Span.End - sentence.Start;
        var reached = Clauses.Of(sentence.Text).Where(c => c.Start < end && start < c.End).ToList();
        // A span outside its sentence's text (extractor drift) still cites the sentence as a whole.
        if (reached.Count == 0) reached.Add(new TextSpan(0, sentence.Text.Length));
        foreach (var clause in reached)
            if (!cited.Exists(c => c.Clause == clause)) cited.Add((clause, outlet));
    }

    /// <summary>The other outlet of the story that sentence <paramref name="sentenceId"/> of the article cites (in any of its clauses), or null.</summary>
    public string? Cited(string articleId, int sentenceId) =>
        _cited.TryGetValue((articleId, sentenceId), out var cited) ? cited.OrderBy(c => c.Clause.Start).First().Outlet : null;

    /// <summary>
    /// The other outlet of the story that the clause stating <paramref name="position"/>'s value cites, or null. A value
    /// not found in its sentence as written (a model's paraphrase) takes the sentence's citation.
    /// </summary>
    public string? Cited(Position position)
    {
        if (!_cited.TryGetValue((position.ArticleId, position.SentenceId), out var cited)) return null;
        var sentence = _articles.GetValueOrDefault(position.ArticleId)?.SentenceById(position.SentenceId);
        int at = position.Value.Length == 0 || sentence is null ? -1 : sentence.Text.IndexOf(position.Value, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return Cited(position.ArticleId, position.SentenceId);
        return cited.Where(c => at >= c.Clause.Start && at < c.Clause.End).Select(c => c.Outlet).FirstOrDefault();
    }

    public Agreement Mark(Agreement agreement) => agreement with { Positions = agreement.Positions.Select(Mark).ToList() };

    /// <summary>The position with the outlet its clause cites, or none: what a model's answer said of it is not kept.</summary>
    public Position Mark(Position position) =>
        Cited(position) is var outlet && outlet == position.CitesOutlet ? position : position with { CitesOutlet = outlet };

    /// <summary>Every position of the comparison marked, the findings in their order.</summary>
    public StoryComparison Mark(StoryComparison comparison) =>
        comparison with
        {
            Agreements = comparison.Agreements.Select(Mark).ToList(),
            Conflicts = comparison.Conflicts.Select(c => c with { Positions = c.Positions.Select(Mark).ToList() }).ToList(),
            SingleSource = comparison.SingleSource.Select(s => s with { Position = Mark(s.Position) }).ToList(),
        };
}
