using Summarizer.Facts.Lexicons;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Model;

/// <summary>
/// Qualifiers the article never states in any form (see <see cref="PhraseForms"/>): nationalities and places
/// ("French", "Welsh": WordNet pertainyms of names, or a country's adjective), titles and roles ("chief",
/// "former"), ordinals and superlatives ("first", "biggest"), months and weekdays. These are what a summariser adds
/// from its training rather than the article, and what annotators most often mark as extrinsic errors.
/// </summary>
internal static class NovelQualifiers
{
    // Ordinal and sequence words: a "first" or "last" the article never says changes what is claimed.
    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "last", "latest", "final", "former", "previous", "next", "record",
    };

    public static int Count(IReadOnlyList<AlignedToken> tokens, ArticleIndex article, WordNetLexicon? lexicon)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            string w = t.Token.Folded;
            if (!t.IsNovel || t.Token.IsNumber || !IsQualifier(w, lexicon) || PhraseForms.Explained(w, article, lexicon)) continue;
            seen.Add(w);
        }
        return seen.Count;
    }

    public static bool IsQualifier(string folded, WordNetLexicon? lexicon) =>
        Ordinals.Contains(folded) || Roles.IsRoleWord(folded) || Countries.IsCountryOrNationality(folded)
        || Words.IsMonth(folded) || Words.IsWeekday(folded)
        || lexicon is not null && (lexicon.PertainsToName(folded) || IsSuperlative(folded, lexicon));

    private static bool IsSuperlative(string folded, WordNetLexicon lexicon) =>
        folded.Length > 5 && folded.EndsWith("est", StringComparison.Ordinal)
        && lexicon.Lemmas(folded).Any(l => l != folded && lexicon.IsAdjective(l));
}
