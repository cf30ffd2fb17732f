using Summarizer.Articles;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons.Model;

/// <summary>
/// Checks a model-produced comparison against the articles: every position must quote a sentence that occurs in
/// the article it names (whitespace, case, diacritics and quote style aside), and its value must occur in that
/// sentence (numbers compared by value, so "30,000" matches "30 thousand"). Positions that fail are dropped and
/// counted; a conflict or agreement left with fewer than two articles is no longer one and is dropped too, and a conflict
/// whose only dissent is one article giving two values is that article's inconsistency (<see cref="Conflict.Within"/>).
/// </summary>
public sealed class ComparisonPositionVerifier
{
    private const int MinQuotedChars = 12;

    public VerifiedComparison Verify(StoryComparison reported, IReadOnlyList<Article> articles)
    {
        var byId = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var dropped = new List<DroppedPosition>();

        List<Position> Keep(IEnumerable<Position> positions)
        {
            var kept = new List<Position>();
            foreach (var p in positions)
            {
                if (Check(p, byId, out var corrected) is { } reason) dropped.Add(new DroppedPosition(p, reason));
                else kept.Add(corrected);
            }
            return kept;
        }

        var conflicts = reported.Conflicts.Select(c => c with { Positions = Keep(c.Positions) })
            .Where(c => (Articles(c.Positions) >= 2 || c.Within is not null) && c.Positions.Select(p => TextKey.Words(p.Value)).Distinct().Count() >= 2)
            // One article giving two values beside another outlet giving one of them is at odds with itself, not with the outlets.
            .SelectMany(c => Dissent.Settle(c, p => TextKey.Words(p.Value), (_, _) => true)).ToList();
        var agreements = reported.Agreements.Select(a => a with { Positions = Keep(a.Positions) })
            .Where(a => Articles(a.Positions) >= 2).ToList();
        var single = reported.SingleSource.Select(s => (Claim: s, Kept: Keep([s.Position])))
            .Where(x => x.Kept.Count == 1).Select(x => x.Claim with { Position = x.Kept[0] }).ToList();

        return new VerifiedComparison(reported with
        {
            Conflicts = conflicts,
            Agreements = agreements,
            SingleSource = single,
            DroppedPositions = reported.DroppedPositions + dropped.Count,
        }, dropped);
    }

    /// <summary>Null when the position holds, with its outlet and sentence id taken from the article; else why not.</summary>
    internal static string? Check(Position p, IReadOnlyDictionary<string, Article> articles, out Position corrected)
    {
        corrected = p;
        if (!articles.TryGetValue(p.ArticleId, out var article)) return $"no article with id '{p.ArticleId}' in this story";
        string quoted = Unquote(TextKey.Loose(p.Sentence));
        if (quoted.Length < MinQuotedChars) return "the quoted sentence is missing or too short to check";
        if (!TextKey.Loose(article.Text).Contains(quoted, StringComparison.Ordinal)) return "the quoted sentence does not occur in the article";
        string value = TextKey.Loose(p.Value);
        if (value.Length == 0) return "no value stated";
        bool stated = quoted.Contains(value, StringComparison.Ordinal) || NumberScanner.AllStated(value, quoted);
        if (!stated) return "the value does not occur in the quoted sentence";
        var sentence = article.Sentences.FirstOrDefault(s => TextKey.Loose(s.Text).Contains(quoted, StringComparison.Ordinal));
        corrected = p with { Outlet = article.Outlet, SentenceId = sentence?.Id ?? p.SentenceId };
        return null;
    }

    // Models often wrap the quoted sentence in quote marks of their own, or keep the "[12]" number the prompt gave it.
    private static string Unquote(string text)
    {
        string trimmed = text.Trim().Trim('"', '\'').Trim();
        if (trimmed.StartsWith('[') && trimmed.IndexOf(']') is > 1 and var close && trimmed[1..close].All(char.IsDigit))
            trimmed = trimmed[(close + 1)..].Trim().Trim('"', '\'').Trim();
        return trimmed;
    }

    private static int Articles(IReadOnlyList<Position> positions) => positions.Select(p => p.ArticleId).Distinct().Count();
}
