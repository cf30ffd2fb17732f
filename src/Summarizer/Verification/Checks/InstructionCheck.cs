using Summarizer.Articles;
using Summarizer.Summaries;
using Summarizer.Text;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Findings about text in the article that speaks to a language model (<see cref="Article.AddressedToModel"/>): each
/// such sentence is flagged, with its span and the reason, and a summary statement that repeats one (its words, or its
/// citation) is unsupported: whatever engine wrote it, that text is not the article's news.
/// </summary>
internal static class InstructionCheck
{
    public const string Kind = "instruction";

    // A statement sharing this much of a flagged sentence's content words repeats it.
    private const double RepeatShare = 0.6;

    public static IEnumerable<Finding> Check(Article article, IReadOnlyList<(string Text, IReadOnlyList<int> Cites)> statements)
    {
        foreach (var flagged in article.AddressedToModel)
        {
            if (article.SentenceById(flagged.SentenceId) is not { } sentence) continue;
            yield return new Finding(Kind, sentence.Text, FindingStatus.Flagged, sentence.Text, sentence.Start, sentence.Length,
                Note: $"withheld from the summary: the sentence {flagged.Reason}");
            var words = ContentWords.Prefixes(sentence.Text);
            foreach (var (text, cites) in statements)
            {
                bool repeats = cites.Contains(flagged.SentenceId) || (words.Count > 0 && ContentWords.Coverage(words, ContentWords.Prefixes(text)) >= RepeatShare);
                if (repeats)
                    yield return new Finding(Kind, text, FindingStatus.Unsupported, sentence.Text, sentence.Start, sentence.Length,
                        Note: "the summary repeats a sentence that speaks to a language model, not to readers");
            }
        }
    }
}
