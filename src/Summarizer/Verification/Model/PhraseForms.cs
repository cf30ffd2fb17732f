using Summarizer.Facts.Lexicons;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Model;

/// <summary>
/// The forms under which an article may state a summary word: the word itself (or its stem), its WordNet synonyms,
/// its pertainyms and derivations ("french" → "france", "elected" → "election"), and a country's other names.
/// </summary>
internal static class PhraseForms
{
    public static IEnumerable<string> Of(string folded, WordNetLexicon? lexicon)
    {
        yield return folded;
        if (Countries.OfNationality(folded) is { } country) yield return Text.TextFold.Fold(country);
        if (Countries.Canonical(folded) is { } canonical) yield return Text.TextFold.Fold(canonical);
        if (lexicon is null || char.IsDigit(folded[0])) yield break;
        foreach (var synonym in lexicon.SynonymsOf(folded)) yield return synonym;
        foreach (var related in lexicon.RelatedForms(folded)) yield return related;
    }

    /// <summary>Article token positions of any form of the word, ascending.</summary>
    public static List<int> Positions(string folded, ArticleIndex article, WordNetLexicon? lexicon)
    {
        var positions = new List<int>();
        foreach (var form in Of(folded, lexicon).Distinct()) positions.AddRange(article.Positions(form));
        positions.Sort();
        return positions;
    }

    /// <summary>True when the article states the word in one of its forms.</summary>
    public static bool Explained(string folded, ArticleIndex article, WordNetLexicon? lexicon) =>
        Of(folded, lexicon).Any(form => article.Contains(form));
}
