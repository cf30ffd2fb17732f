using Summarizer.Articles;
using Summarizer.Comparisons;
using Summarizer.Facts;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Tests.Comparisons;

/// <summary>
/// Builds a FactSheet by hand for an article, locating each fact's text in the article so spans and sentence ids
/// are real (what the extractor will produce), until the extractor lands.
/// </summary>
internal sealed class SheetBuilder(Article article)
{
    private readonly List<QuantityFact> _quantities = [];
    private readonly List<PersonFact> _people = [];
    private readonly List<NamedFact> _organisations = [];
    private readonly List<NamedFact> _places = [];
    private readonly List<QuoteFact> _quotes = [];
    private readonly List<AttributionFact> _attributions = [];

    public Article Article => article;

    public static SheetBuilder For(string text, string? outlet = null, string? title = null) =>
        new(TestArticles.Make(text, outlet, title));

    /// <summary>A figure: <paramref name="text"/> is the number as written and must occur in the article.</summary>
    public SheetBuilder Quantity(string text, double value, string? unit, string? qualifier = null, double? upper = null, int occurrence = 0)
    {
        var span = Find(text, occurrence);
        _quantities.Add(new QuantityFact(text, value, upper, unit, qualifier, span, Sentence(span)));
        return this;
    }

    /// <summary>A person; each role is text of the article naming the role (its first occurrence at or after the previous one).</summary>
    public SheetBuilder Person(string name, params string[] roles)
    {
        var roleMentions = new List<RoleMention>();
        int from = 0;
        foreach (string role in roles)
        {
            int at = article.Text.IndexOf(role, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"role '{role}' not in the article");
            var span = new TextSpan(at, role.Length);
            roleMentions.Add(new RoleMention(role, span, Sentence(span)));
            from = at + 1;
        }
        string surname = name.Split(' ')[^1];
        var mentions = AllSpans(surname).Select(s => new Mention(surname, s, Sentence(s))).ToList();
        _people.Add(new PersonFact(name, [name, surname], roleMentions, mentions));
        return this;
    }

    public SheetBuilder Organisation(string name)
    {
        _organisations.Add(new NamedFact(name, AllSpans(name).Select(s => new Mention(name, s, Sentence(s))).ToList()));
        return this;
    }

    public SheetBuilder Place(string name)
    {
        _places.Add(new NamedFact(name, AllSpans(name).Select(s => new Mention(name, s, Sentence(s))).ToList()));
        return this;
    }

    public SheetBuilder Quote(string text, string? speaker)
    {
        var span = Find(text);
        _quotes.Add(new QuoteFact(text, speaker, span, Sentence(span)));
        return this;
    }

    public SheetBuilder Attribution(string source, string cue)
    {
        var span = Find(source);
        _attributions.Add(new AttributionFact(source, cue, span, Sentence(span)));
        return this;
    }

    public FactSheet Sheet() => new(article.Id, _quantities, _people, _organisations, _places, [], _quotes, _attributions);

    public ComparisonInput Input() => new(article, Sheet());

    private TextSpan Find(string text, int occurrence = 0)
    {
        var spans = AllSpans(text);
        Assert.True(spans.Count > occurrence, $"'{text}' (occurrence {occurrence}) not in the article");
        return spans[occurrence];
    }

    private List<TextSpan> AllSpans(string text)
    {
        var spans = new List<TextSpan>();
        for (int at = article.Text.IndexOf(text, StringComparison.Ordinal); at >= 0; at = article.Text.IndexOf(text, at + 1, StringComparison.Ordinal))
            spans.Add(new TextSpan(at, text.Length));
        return spans;
    }

    private int Sentence(TextSpan span) => article.SentenceIdAt(span.Start);
}
