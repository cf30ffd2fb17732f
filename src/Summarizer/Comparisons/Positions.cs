using Summarizer.Facts;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons;

/// <summary>Builds a <see cref="Position"/> with the quoted sentence, so every finding shows its evidence.</summary>
internal static class Positions
{
    public static Position At(ComparisonInput input, string value, int sentenceId, TextSpan span)
    {
        var article = input.Article;
        // A fact whose sentence id is off (extractor drift) still gets the sentence that holds its span.
        var sentence = article.SentenceById(sentenceId) ?? article.SentenceById(article.SentenceIdAt(span.Start));
        string text = sentence?.Text
            ?? (span.End <= article.Text.Length ? article.Text.Substring(span.Start, span.Length) : value);
        return new Position(article.Id, input.Outlet, value, text, sentence?.Id ?? sentenceId);
    }
}
