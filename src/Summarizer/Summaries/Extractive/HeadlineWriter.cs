using Summarizer.Articles;
using Summarizer.Articles.Safety;

namespace Summarizer.Summaries.Extractive;

/// <summary>
/// The article's own title when it has one (and it does not speak to a model). Otherwise a whole sentence of the article, never a cut one: the lede when
/// it is short enough to read as a headline, else the first opening sentence that is and is no key point, else the
/// first key point that is, else the lede itself.
/// </summary>
internal static class HeadlineWriter
{
    private const int MaxLength = 200;
    private const int MinWords = 5;

    public static string Write(Article article, IReadOnlyList<int> chosen)
    {
        // A title that speaks to a model is not the article's headline: a sentence of the article is.
        if (!string.IsNullOrWhiteSpace(article.Title) && InstructionDetector.Reason(article.Title) is null) return article.Title!;
        if (chosen.Count == 0) return "";
        // The lede first; then an opening sentence the key points do not already show, so the headline does not repeat
        // one word for word; a key point only when nothing else reads as a headline.
        var opening = Enumerable.Range(0, Math.Min(5, article.Sentences.Count));
        var candidates = chosen.Take(1).Concat(opening.Except(chosen)).Concat(chosen.Skip(1)).Distinct().Where(id => !article.IsExcludedFromSummary(id));
        var pick = candidates.Select(id => article.Sentences[id]).FirstOrDefault(ReadsAsHeadline) ?? article.Sentences[chosen[0]];
        return AsHeadline(pick.Text);
    }

    private static bool ReadsAsHeadline(Sentence sentence)
    {
        string text = sentence.Text;
        if (text.Length > MaxLength || SummaryLength.CountWords(text) < MinWords) return false;
        if (text[0] is '"' or '“' or '‘' or '\'' or '«' || !char.IsUpper(text[0])) return false;
        // "This is reported by …", "It comes as …": a sentence that opens on a pronoun needs the one before it.
        string first = text[..Math.Max(0, text.IndexOf(' '))];
        if (first is "This" or "That" or "These" or "Those" or "It" or "He" or "She" or "They" or "We" or "I") return false;
        return !text.TrimEnd('"', '”', '’', ' ').EndsWith('?') && !SentenceShape.LeansOnPrevious(text);
    }

    // A headline drops the closing full stop (not one that ends "U.S."); every word stays the article's.
    private static string AsHeadline(string sentence)
    {
        if (!sentence.EndsWith('.')) return sentence;
        string lastWord = sentence[(sentence.LastIndexOf(' ') + 1)..^1];
        return lastWord.Contains('.') || lastWord.Length == 0 ? sentence : sentence[..^1];
    }
}
