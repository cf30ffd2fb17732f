using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Facts.Lexicons;
using Summarizer.Facts.People;

namespace Summarizer.Verification.Matching;

/// <summary>
/// A summary often names a speaker by surname alone ("Lecornu said: “…”"), which the extractor cannot tell from
/// any capitalised word. Against the article's people it can: a word of the quote's sentence that is an
/// article person's name, in a sentence with a speech verb, is taken for the claimed speaker.
/// </summary>
internal static class SpeakerGuess
{
    public static string? Guess(Article summary, QuoteFact quote, IReadOnlyList<PersonFact> people)
    {
        var sentence = summary.SentenceById(quote.SentenceId);
        if (sentence is null) return null;
        string outside = summary.Text[sentence.Start..Math.Max(sentence.Start, quote.Span.Start - 1)] + " "
            + summary.Text[Math.Min(sentence.End, quote.Span.End + 1)..sentence.End];
        var words = outside.Split((char[])[' ', ',', ':', ';', '.', '\n', '—', '–'], StringSplitOptions.RemoveEmptyEntries);
        if (!words.Any(Words.IsSpeechVerb)) return null;
        foreach (var word in words)
            if (word.Length > 2 && char.IsUpper(word[0]) && PersonMatcher.Find(people, word) is { } person) return person.Name;
        return null;
    }
}
