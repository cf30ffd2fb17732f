using System.Collections;
using Summarizer.Articles;
using Summarizer.Facts.Attributions;
using Summarizer.Facts.Dates;
using Summarizer.Facts.Names;
using Summarizer.Facts.Organisations;
using Summarizer.Facts.People;
using Summarizer.Facts.Places;
using Summarizer.Facts.Quantities;
using Summarizer.Facts.Quotes;

namespace Summarizer.Facts;

/// <summary>
/// The deterministic, rule-based <see cref="IFactExtractor"/>. Order matters: dates first (their numbers are not
/// quantities), people before organisations and places (a name is not a place), organisations before places
/// ("New York Times" is not New York), and quotes and attributions last because they point at people and outlets.
/// What only a sentence addressed to a model names is left out (<see cref="AddressedToModelFilter"/>).
/// Stateless and thread-safe.
/// </summary>
public sealed class FactExtractor : IFactExtractor
{
    public FactSheet Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        string text = article.Text ?? "";
        if (text.Length == 0) return FactSheet.Empty(article.Id);

        var tokens = Tokenizer.Tokenize(text);
        var chains = ChainScanner.Scan(text, tokens);
        var dates = DateExtractor.Extract(article);
        var quantities = QuantityExtractor.Extract(article, dates);

        var registry = PersonRegistry.Build(article, tokens, RelationalRoles.Resolve(article, PersonFinder.Find(text, tokens, chains)));
        var people = registry.ToFacts();
        var taken = new BitArray(text.Length + 1);
        foreach (var p in people)
            foreach (var m in p.Mentions) Mark(taken, m.Span);

        var organisations = OrganisationExtractor.Extract(article, tokens, chains, taken);
        foreach (var o in organisations)
            foreach (var m in o.Mentions) Mark(taken, m.Span);
        var places = PlaceExtractor.Extract(article, tokens, taken);

        var quotes = QuoteExtractor.Extract(article, registry);
        var attributions = AttributionExtractor.Extract(article, organisations, people);
        return AddressedToModelFilter.Apply(new FactSheet(article.Id, quantities, people, organisations, places, dates, quotes, attributions), article);
    }

    private static void Mark(BitArray taken, TextSpan span)
    {
        for (int i = span.Start; i < span.End && i < taken.Length; i++) taken[i] = true;
    }
}
