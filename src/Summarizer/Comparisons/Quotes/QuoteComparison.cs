using System.Globalization;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
namespace Summarizer.Comparisons.Quotes;

/// <summary>
/// Quotations across outlets: the same words (punctuation, case and quote style aside, or one quote containing the
/// other when the shorter has enough words to be distinctive) in two articles are an agreement; the rest are
/// single-source quotes. Scare-quoted terms of a few words are left out. The same words given to different named
/// people by two outlets (<see cref="Speakers"/>) are a conflict over who said them, each outlet's speaker as its
/// value; outlets giving them to the same person still agree.
/// </summary>
internal static class QuoteComparison
{
    private const int MinWordsToMatchPart = 5;

    // Shorter quotes are scare quotes around a term ("vital", a slogan), not statements to compare or flag.
    private const int MinWordsOfStatement = 5;

    public static void Compare(IReadOnlyList<ComparisonInput> inputs, List<Agreement> agreements, List<Conflict> conflicts, List<SingleSourceClaim> single)
    {
        var quotes = new List<Quoted>();
        for (int i = 0; i < inputs.Count; i++)
            foreach (var q in inputs[i].Facts.Quotes)
            {
                string key = TextKey.Words(q.Text);
                if (key.Split(' ').Length < MinWordsOfStatement || quotes.Any(x => x.Input == i && x.Key == key)) continue;
                string statement = q.Speaker is null ? $"“{q.Text}”" : $"{AttributionCollector.FullName(inputs[i], q.Speaker)}: “{q.Text}”";
                quotes.Add(new Quoted(i, key, Positions.At(inputs[i], q.Text, q.SentenceId, q.Span), statement,
                    Speakers.Named(inputs[i], q.Speaker), q));
            }

        var parent = Enumerable.Range(0, quotes.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (int a = 0; a < quotes.Count; a++)
            for (int b = a + 1; b < quotes.Count; b++)
                if (quotes[a].Input != quotes[b].Input && Same(quotes[a].Key, quotes[b].Key)) parent[Find(a)] = Find(b);

        foreach (var group in Enumerable.Range(0, quotes.Count).GroupBy(Find).Select(g => g.Select(i => quotes[i]).ToList()))
        {
            if (group.Select(q => q.Input).Distinct().Count() < 2)
            {
                single.AddRange(group.Select(q => new SingleSourceClaim(FactKind.Quote, q.Statement, q.Position)));
                continue;
            }
            var bySpeaker = Speakers.Group(group);
            if (bySpeaker.Any(g => bySpeaker.Any(h => h != g && g.Any(x => h.Any(y => x.Input != y.Input)))))
            {
                var words = group.OrderBy(q => q.Key.Length).First().Fact.Text;
                // An outlet that names no speaker ("officials said") is listed too, so no outlet's quote drops out. One
                // article giving the words to two people, one of them the other outlets', is at odds with itself (Dissent).
                var positions = bySpeaker.SelectMany((g, k) => g.Select(q => (Position: q.Position with { Value = q.Speaker! }, Who: k.ToString(CultureInfo.InvariantCulture))))
                    .Concat(group.Where(q => q.Speaker is null).Select(q => (Position: q.Position with { Value = NoNamedSpeaker }, Who: NoNamedSpeaker))).ToList();
                string Who(Position p) => positions.First(x => x.Position == p).Who;
                conflicts.AddRange(Dissent.Settle(new Conflict(FactKind.Quote, $"who said “{words}”", positions.Select(x => x.Position).ToList()),
                    Who, (a, b) => Who(a) != NoNamedSpeaker && Who(b) != NoNamedSpeaker));
                // Outlets giving the words to the same person still agree on that.
                foreach (var same in bySpeaker.Where(g => g.Select(q => q.Input).Distinct().Count() >= 2))
                    agreements.Add(new Agreement(FactKind.Quote, same.OrderByDescending(q => q.Key.Length).First().Statement,
                        same.Select(q => q.Position).ToList()));
            }
            else
                agreements.Add(new Agreement(FactKind.Quote, group.OrderByDescending(q => q.Key.Length).First().Statement,
                    group.Select(q => q.Position).ToList()));
        }
    }

    private const string NoNamedSpeaker = "no named speaker";

    internal sealed record Quoted(int Input, string Key, Position Position, string Statement, string? Speaker, Summarizer.Facts.QuoteFact Fact);

    private static bool Same(string a, string b)
    {
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Count(c => c == ' ') + 1 >= MinWordsToMatchPart && $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal);
    }
}
