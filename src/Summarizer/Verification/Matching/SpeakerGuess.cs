using System.Text.RegularExpressions;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Facts.Lexicons;
using Summarizer.Facts.People;
using Summarizer.Facts.Quotes;

namespace Summarizer.Verification.Matching;

/// <summary>
/// A summary often names a speaker by surname alone ("Lecornu said: “…”"), which the extractor cannot tell from
/// any capitalised word. Against the article's people it can: a word of the quote's sentence that is an
/// article person's name, in a sentence with a speech verb, is taken for the claimed speaker, unless someone speaks
/// for them there ("Clarke's spokesman said").
/// </summary>
internal static partial class SpeakerGuess
{
    [GeneratedRegex(@"[^\s,:;.—–]+")]
    private static partial Regex WordPattern();

    public static string? Guess(Article summary, QuoteFact quote, IReadOnlyList<PersonFact> people)
    {
        var sentence = summary.SentenceById(quote.SentenceId);
        if (sentence is null) return null;
        string outside = summary.Text[sentence.Start..Math.Max(sentence.Start, quote.Span.Start - 1)] + " "
            + summary.Text[Math.Min(sentence.End, quote.Span.End + 1)..sentence.End];
        var words = WordPattern().Matches(outside);
        if (!words.Any(w => Words.IsSpeechVerb(w.Value))) return null;
        foreach (Match word in words)
        {
            if (word.Length <= 2 || !char.IsUpper(word.Value[0]) || PersonMatcher.Find(people, word.Value) is not { } person) continue;
            // "Clarke's spokesman said", "a spokesman for Clarke said": someone else speaks.
            int nameEnd = word.Index + word.Length - (word.Value.EndsWith("'s", StringComparison.Ordinal) || word.Value.EndsWith("’s", StringComparison.Ordinal) ? 2 : 0);
            if (QuotePattern.SpeaksForBefore().IsMatch(outside.AsSpan(nameEnd))
                || QuotePattern.SpeaksForNext().IsMatch(outside.AsSpan(0, word.Index))) return null;
            return person.Name;
        }
        return null;
    }
}
