using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Roles;
namespace Summarizer.Comparisons.Quotes;

/// <summary>
/// Whom each article cites: the agencies and papers it attributes claims to, and the people it quotes, a speaker
/// named by surname only being given the full name the article uses elsewhere.
/// </summary>
internal static class AttributionCollector
{
    public static List<OutletAttributions> Collect(IReadOnlyList<ComparisonInput> inputs)
    {
        var result = new List<OutletAttributions>();
        foreach (var input in inputs)
        {
            var sources = new List<(string Key, string Name, string Via, List<int> Sentences)>();
            void Add(string name, string via, int sentenceId)
            {
                string key = TextKey.Words(name);
                if (key.Length == 0) return;
                int at = sources.FindIndex(s => s.Key == key && s.Via == via);
                if (at < 0) sources.Add((key, name.Trim(), via, [sentenceId]));
                else if (!sources[at].Sentences.Contains(sentenceId)) sources[at].Sentences.Add(sentenceId);
            }
            foreach (var a in input.Facts.Attributions) Add(a.SourceName, "attribution", a.SentenceId);
            foreach (var q in input.Facts.Quotes)
                if (q.Speaker is { } speaker) Add(FullName(input, speaker), "quote", q.SentenceId);
            result.Add(new OutletAttributions(input.Article.Id, input.Outlet,
                sources.Select(s => new CitedSource(s.Name, s.Via, s.Sentences.Order().ToList())).ToList()));
        }
        return result;
    }

    /// <summary>The fullest name the article gives a speaker it may name by surname only.</summary>
    internal static string FullName(ComparisonInput input, string speaker)
    {
        var tokens = TextKey.Tokens(speaker);
        if (tokens.Count == 0) return speaker;
        var match = input.Facts.People.FirstOrDefault(p =>
            p.Aliases.Append(p.Name).Any(n => TextKey.Tokens(n) is { Count: > 0 } t && PersonAligner.SamePerson(t, tokens)));
        return match?.Name ?? speaker;
    }
}
