using System.Text.RegularExpressions;
using Summarizer.Articles;
using Summarizer.Facts.Lexicons;
using Summarizer.Facts.People;

namespace Summarizer.Facts.Quotes;

/// <summary>
/// Direct quotations and their speakers. The speaker is, in order: a person named after the quote with a
/// speech verb next to them ("…,” said Ben Barry / “…,” Lecornu said), "he/she said" resolved to the person
/// mentioned last before the quote, a person named before it in the same sentence with a speech verb between
/// ("Ryabkov warned that Moscow “…”"), or — for a quote that opens its sentence — the previous quote's
/// speaker when both are in the same paragraph. A person someone else speaks for ("a spokesman for Clarke said",
/// "Clarke's lawyer told reporters") is not the speaker: such a quote has none, and names that person as the one
/// spoken for. A quoted word or two ("robust", “special relationship”) is a term the
/// writer marks, not a statement: it is kept as a quotation without a speaker.
/// </summary>
internal static class QuoteExtractor
{
    private static readonly char[] WordBreaks = [' ', ',', '\n', ':', '—', '–', '.', ';'];

    private const int Window = 120;

    /// <summary>Fewest words a quotation needs to be a statement someone made rather than a marked term.</summary>
    public const int MinStatementWords = 3;

    public static List<QuoteFact> Extract(Article article, PersonRegistry people)
    {
        string text = article.Text;
        var mentions = people.MentionIndex;
        var quotes = new List<QuoteFact>();
        QuoteFact? previous = null;
        foreach (Match m in QuotePattern.Quote().Matches(text))
        {
            var body = m.Groups["t"];
            if (string.IsNullOrWhiteSpace(body.Value)) continue;
            int sentenceId = article.SentenceIdAt(m.Index);
            if (!IsStatement(body.Value))
            {
                quotes.Add(new QuoteFact(body.Value.Trim().TrimEnd(',', ' '), null, new TextSpan(body.Index, body.Length), sentenceId));
                continue;
            }
            var sentence = article.SentenceById(sentenceId);
            int sStart = sentence?.Start ?? LineStart(text, m.Index);
            int sEnd = Math.Max(sentence?.End ?? text.Length, m.Index + m.Length);
            var found = After(text, m.Index + m.Length, sEnd, mentions, people);
            if (found.Speaker is null && found.OnBehalfOf is null) found = Before(text, sStart, m.Index, mentions, people);
            var (speaker, onBehalfOf) = found;
            if (speaker is null && onBehalfOf is null && previous is not null && string.IsNullOrWhiteSpace(text[sStart..m.Index])
                && !text.AsSpan(previous.Span.End, m.Index - previous.Span.End).Contains('\n'))
                (speaker, onBehalfOf) = (previous.Speaker, previous.OnBehalfOf);
            var quote = new QuoteFact(body.Value.Trim().TrimEnd(',', ' '), speaker, new TextSpan(body.Index, body.Length), sentenceId) { OnBehalfOf = onBehalfOf };
            quotes.Add(quote);
            previous = quote;
        }
        return quotes;
    }

    /// <summary>True when the quotation has at least <see cref="MinStatementWords"/> words.</summary>
    public static bool IsStatement(string quotation)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in quotation)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++words >= MinStatementWords) return true;
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }
        return false;
    }

    private static (string? Speaker, string? OnBehalfOf) After(string text, int from, int sentenceEnd, List<(Mention Mention, int Person)> mentions, PersonRegistry people)
    {
        int limit = Math.Min(text.Length, Math.Min(sentenceEnd + 1, from + Window));
        string tail = text[from..limit];
        var pronoun = QuotePattern.PronounAfter().Match(tail);
        if (pronoun.Success && Words.IsSpeechVerb(pronoun.Groups["v"].Value)) return (LastBefore(from, mentions, people), null);
        // Only the first person named after the quote can be its speaker.
        int next = LowerBound(mentions, from);
        if (next >= mentions.Count || mentions[next].Mention.Span.Start >= limit) return (null, null);
        var (mention, person) = mentions[next];
        string between = text[from..mention.Span.Start];
        string afterName = text[mention.Span.End..Math.Min(text.Length, mention.Span.End + 40)];
        if (!HasSpeechVerb(between) && !StartsWithSpeechVerb(afterName) && !QuotePattern.AccordingTo().IsMatch(between)) return (null, null);
        return SpokenFor(text, mention) ? (null, people.NameOf(person)) : (people.NameOf(person), null);
    }

    private static (string? Speaker, string? OnBehalfOf) Before(string text, int sentenceStart, int quoteStart, List<(Mention Mention, int Person)> mentions, PersonRegistry people)
    {
        string head = text[sentenceStart..quoteStart];
        var pronoun = QuotePattern.PronounBefore().Match(head);
        if (pronoun.Success && Words.IsSpeechVerb(pronoun.Groups["v"].Value)) return (LastBefore(sentenceStart, mentions, people), null);
        for (int i = LowerBound(mentions, quoteStart) - 1; i >= 0; i--)
        {
            var (mention, person) = mentions[i];
            if (mention.Span.End > quoteStart) continue;
            if (mention.Span.Start < sentenceStart) break;
            if (!HasSpeechVerb(text[mention.Span.End..quoteStart])) return (null, null);
            return SpokenFor(text, mention) ? (null, people.NameOf(person)) : (people.NameOf(person), null);
        }
        return (null, null);
    }

    private static string? LastBefore(int position, List<(Mention Mention, int Person)> mentions, PersonRegistry people)
    {
        for (int i = LowerBound(mentions, position) - 1; i >= 0; i--)
            if (mentions[i].Mention.Span.End <= position) return people.NameOf(mentions[i].Person);
        return null;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="position"/> (mentions are sorted).</summary>
    private static int LowerBound(List<(Mention Mention, int Person)> mentions, int position)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].Mention.Span.Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>True when the words around the mention make someone else the voice: "a spokesman for X", "X's aide".</summary>
    private static bool SpokenFor(string text, Mention mention)
    {
        int from = Math.Max(0, mention.Span.Start - 80);
        return QuotePattern.SpeaksForNext().IsMatch(text.AsSpan(from, mention.Span.Start - from))
            || QuotePattern.SpeaksForBefore().IsMatch(text.AsSpan(mention.Span.End, Math.Min(40, text.Length - mention.Span.End)));
    }

    private static bool HasSpeechVerb(string span)
    {
        foreach (var word in span.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
            if (Words.IsSpeechVerb(word)) return true;
        return false;
    }

    private static bool StartsWithSpeechVerb(string span)
    {
        var words = span.Split(WordBreaks, 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (Words.IsSpeechVerb(words[0]) || (words.Length > 1 && words[0].EndsWith("ly", StringComparison.Ordinal) && Words.IsSpeechVerb(words[1])));
    }

    private static int LineStart(string text, int at) => text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
}
