using Summarizer.Summaries;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Checks;

/// <summary>
/// An event the article never mentions, given as the cause or occasion of one it does: "the offices closed after a
/// fire" where the article has them "closed for repairs". The noun after "after", "because of", "following", "amid" or
/// "due to" (past at most two modifiers) is new to the article, in form and as a WordNet synonym: Unsupported. Needs
/// WordNet, to tell the noun from the rest.
/// </summary>
internal static class NovelCause
{
    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal) { "after", "because", "following", "amid", "due" };

    private const int MaxModifiers = 2;

    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment, WordNetLexicon? lexicon)
    {
        if (lexicon is null) yield break;
        foreach (var sentence in alignment.Sentences)
        {
            if (alignment.IsCopied(sentence)) continue;
            for (int i = 0; i < sentence.Count - 1; i++)
            {
                if (!Cues.Contains(sentence[i].Token.Folded) || Head(text, sentence, i, lexicon) is not { } j) continue;
                var noun = sentence[j];
                if (!noun.IsNovel || lexicon.SynonymsOf(noun.Token.Folded).Any(s => alignment.Article.Contains(s))) continue;
                string claim = text[sentence[i].Token.Start..noun.Token.End];
                yield return new Finding("event", claim, FindingStatus.Unsupported, null,
                    Note: $"the article does not mention '{text.Substring(noun.Token.Start, noun.Token.Length)}'");
                break;
            }
        }
    }

    /// <summary>The index of the noun the cue introduces, or null (a verb, a name, a number, a clause break, or none near).</summary>
    private static int? Head(string text, List<AlignedToken> sentence, int cue, WordNetLexicon lexicon)
    {
        int modifiers = 0;
        for (int j = cue + 1; j < sentence.Count && modifiers <= MaxModifiers; j++)
        {
            var t = sentence[j];
            var before = sentence[j - 1].Token;
            if (text.AsSpan(before.End, Math.Max(0, t.Token.Start - before.End)).IndexOfAny(",;:—–()") >= 0) return null;
            if (t.Token.Folded is "of" or "to" || !t.IsContent) continue;
            if (t.IsName || t.IsNumber) return null;
            string word = t.Token.Folded;
            if (lexicon.IsMostlyNoun(word) && !word.EndsWith("ing", StringComparison.Ordinal)) return j;
            modifiers++;
        }
        return null;
    }
}
