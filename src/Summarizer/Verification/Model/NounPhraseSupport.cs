using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Model;

/// <summary>
/// The summary's noun phrases taken two words at a time — a modifier (adjective, noun, name or number) directly before
/// a noun or name head: "upper house", "french minister", "chief executive david" — each supported when some form of
/// both words (see <see cref="PhraseForms"/>) stands within <see cref="ArticleReach"/> words of each other in the article.
/// XSum-style hallucination mostly sits here: a right head given a wrong qualifier (a place, a title, a nationality)
/// whose words may each be in the article, or not at all. An unsupported phrase whose head the article does qualify,
/// but by a word that clashes with the summary's (an antonym, another number, another name), is counted apart.
/// </summary>
internal static class NounPhraseSupport
{
    /// <summary>How far apart (in article words) a modifier and its head may be: "the lower house" vs "house ... lower" stays one phrase.</summary>
    public const int ArticleReach = 3;

    public readonly record struct Counts(int Phrases, int Unsupported, int Clashing);

    /// <summary>One modifier + head pair of the summary and how the article stands to it.</summary>
    public readonly record struct Phrase(AlignedToken Modifier, AlignedToken Head, bool Supported, bool Clashing);

    public static Counts Count(IReadOnlyList<AlignedToken> sentence, ArticleIndex article, WordNetLexicon? lexicon)
    {
        int phrases = 0, unsupported = 0, clashing = 0;
        foreach (var phrase in Phrases(sentence, article, lexicon))
        {
            phrases++;
            if (!phrase.Supported) unsupported++;
            if (phrase.Clashing) clashing++;
        }
        return new Counts(phrases, unsupported, clashing);
    }

    public static IEnumerable<Phrase> Phrases(IReadOnlyList<AlignedToken> sentence, ArticleIndex article, WordNetLexicon? lexicon)
    {
        for (int i = 0; i + 1 < sentence.Count; i++)
        {
            AlignedToken modifier = sentence[i], head = sentence[i + 1];
            if (!IsPhrase(modifier, head, lexicon)) continue;
            // A number the article states by value only ("1.5m" for "1.5 million") has no position to measure from.
            if (modifier.IsNumber && !modifier.IsNovel && article.Positions(modifier.Token.Folded).Count == 0) continue;
            bool supported = article.Bigrams.Contains(modifier.Token.Folded + " " + head.Token.Folded) || Near(modifier, head, article, lexicon);
            yield return new Phrase(modifier, head, supported, !supported && Clashes(modifier, head, article, lexicon));
        }
    }

    /// <summary>
    /// A modifier and head by word class — WordNet's most frequent part of speech where it is present, any pair of
    /// content words where it is not — written next to each other (one space or hyphen between: "Russia's upper" or
    /// "bengal, say" are not one phrase). Two name words are one name, left to the name features.
    /// </summary>
    private static bool IsPhrase(AlignedToken modifier, AlignedToken head, WordNetLexicon? lexicon)
    {
        if (!modifier.IsContent || !head.IsContent || head.IsNumber || modifier.Token.Folded == head.Token.Folded) return false;
        if (head.Token.Start - modifier.Token.End != 1 || modifier.IsName && head.IsName && !modifier.IsNumber) return false;
        if (lexicon is null) return true;
        string m = modifier.Token.Folded, h = head.Token.Folded;
        bool headIsNoun = head.IsName || lexicon.IsMostlyNoun(h) || !lexicon.IsCommonWord(h);
        bool modifies = modifier.IsNumber || modifier.IsName || lexicon.IsMostlyAdjective(m) || lexicon.IsMostlyNoun(m) || !lexicon.IsCommonWord(m);
        return headIsNoun && modifies;
    }

    private static bool Near(AlignedToken modifier, AlignedToken head, ArticleIndex article, WordNetLexicon? lexicon)
    {
        var x = PhraseForms.Positions(modifier.Token.Folded, article, lexicon);
        if (x.Count == 0) return false;
        // One article word standing for both (a synonym of each) is not the two together.
        return PositionProximity.AnyWithin(x, PhraseForms.Positions(head.Token.Folded, article, lexicon), ArticleReach, distinct: true);
    }

    /// <summary>
    /// True when the article puts another modifier of the same kind before the head: the antonym ("lower house" for
    /// "upper house"), another number, or another name ("Swansea University" for "Cardiff University").
    /// </summary>
    private static bool Clashes(AlignedToken modifier, AlignedToken head, ArticleIndex article, WordNetLexicon? lexicon)
    {
        string m = modifier.Token.Folded;
        var antonyms = lexicon?.AntonymsOf(m).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (int p in article.Positions(head.Token.Folded))
        {
            if (p == 0 || article.Tokens[p - 1].Sentence != article.Tokens[p].Sentence) continue;
            string other = article.Tokens[p - 1].Folded;
            if (other == m || other.Length < 2 && !char.IsDigit(other[0]) || Facts.Lexicons.Words.IsFunction(other)) continue;
            if (antonyms.Contains(other)) return true;
            if (modifier.IsNumber && char.IsDigit(other[0])) return true;
            if (modifier.IsName && !modifier.IsNumber && article.IsCapitalised(other) == true) return true;
        }
        return false;
    }
}
