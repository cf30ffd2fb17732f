using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Model;

/// <summary>
/// Word pairs a summary puts close together, checked for closeness in the article: content words the article has,
/// at most <see cref="SummaryReach"/> words apart in one summary sentence, are supported when some occurrence of
/// each stands within <see cref="ArticleReach"/> words of the other in the article. A summary that takes a right
/// name and a right verb or number from different places in the article (who did what, how many) shows up here
/// even though every word is aligned; pairs that hold a name or number are counted apart, since those relations
/// are where most swapped facts sit.
/// </summary>
internal static class NearbyWordPairs
{
    /// <summary>How far apart (in summary words) two words may be and still be read as related.</summary>
    public const int SummaryReach = 4;

    /// <summary>How far apart (in article words) their evidence may be: about one clause of news prose.</summary>
    public const int ArticleReach = 20;

    public readonly record struct Counts(int Pairs, int Unsupported, int EntityPairs, int UnsupportedEntity);

    public static Counts Count(IReadOnlyList<AlignedToken> sentence, ArticleIndex article)
    {
        // Indexes within the sentence of the words the article has, so reach is counted in summary words.
        var at = Enumerable.Range(0, sentence.Count).Where(i => sentence[i].IsContent && !sentence[i].IsNovel).ToList();
        var positions = at.Select(i => article.Positions(sentence[i].Token.Folded)).ToList();
        int pairs = 0, unsupported = 0, entityPairs = 0, unsupportedEntity = 0;
        for (int a = 0; a < at.Count; a++)
            for (int b = a + 1; b < at.Count && at[b] - at[a] <= SummaryReach; b++)
            {
                AlignedToken x = sentence[at[a]], y = sentence[at[b]];
                // Same word twice, or a number aligned by value only (no position to measure from).
                if (x.Token.Folded == y.Token.Folded || positions[a].Count == 0 || positions[b].Count == 0) continue;
                bool near = PositionProximity.AnyWithin(positions[a], positions[b], ArticleReach);
                pairs++;
                if (!near) unsupported++;
                if (!(x.IsName || x.IsNumber || y.IsName || y.IsNumber)) continue;
                entityPairs++;
                if (!near) unsupportedEntity++;
            }
        return new Counts(pairs, unsupported, entityPairs, unsupportedEntity);
    }
}
