namespace Summarizer.Comparisons.Citing;

/// <summary>
/// Which sentences of a story's articles attribute what they say to another outlet of the same story ("12 people
/// died, according to Reuters" in AP's article when Reuters' article is in the story), read from the articles'
/// attribution facts. A position stated in such a sentence rests on the cited outlet: it is marked with
/// <see cref="Position.CitesOutlet"/>, and an agreement does not count it as an independent outlet.
/// </summary>
internal sealed class OutletCitations
{
    // (article id, sentence id) → the cited outlet as the story names it.
    private readonly Dictionary<(string ArticleId, int SentenceId), string> _cited = [];

    public OutletCitations(IReadOnlyList<ComparisonInput> inputs)
    {
        var outlets = inputs.Where(i => i.Outlet is not null)
            .Select(i => (Key: OutletKey.Of(i.Outlet!), Name: i.Outlet!)).Where(o => o.Key.Length > 0).ToList();
        foreach (var input in inputs)
        {
            string own = input.Outlet is { } outlet ? OutletKey.Of(outlet) : "";
            foreach (var attribution in input.Facts.Attributions.OrderBy(a => a.Span.Start))
            {
                string key = OutletKey.Of(attribution.SourceName);
                // An outlet naming itself ("Reuters reported" in Reuters' own copy) cites nobody else.
                if (key.Length == 0 || key == own) continue;
                if (outlets.FirstOrDefault(o => o.Key == key).Name is { } name)
                    _cited.TryAdd((input.Article.Id, attribution.SentenceId), name);
            }
        }
    }

    /// <summary>The other outlet of the story sentence <paramref name="sentenceId"/> of the article cites, or null.</summary>
    public string? Cited(string articleId, int sentenceId) => _cited.GetValueOrDefault((articleId, sentenceId));

    public Agreement Mark(Agreement agreement) => agreement with { Positions = agreement.Positions.Select(Mark).ToList() };

    /// <summary>The position with the outlet its sentence cites, or none: what a model's answer said of it is not kept.</summary>
    public Position Mark(Position position) =>
        Cited(position.ArticleId, position.SentenceId) is var outlet && outlet == position.CitesOutlet ? position : position with { CitesOutlet = outlet };

    /// <summary>Every position of the comparison marked, the findings in their order.</summary>
    public StoryComparison Mark(StoryComparison comparison) =>
        comparison with
        {
            Agreements = comparison.Agreements.Select(Mark).ToList(),
            Conflicts = comparison.Conflicts.Select(c => c with { Positions = c.Positions.Select(Mark).ToList() }).ToList(),
            SingleSource = comparison.SingleSource.Select(s => s with { Position = Mark(s.Position) }).ToList(),
        };
}
