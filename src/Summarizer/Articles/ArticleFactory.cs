using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Summarizer.Articles.Cleaning;
using Summarizer.Articles.Safety;
using Summarizer.Articles.Sentences;
using Summarizer.Text;

namespace Summarizer.Articles;

/// <summary>Builds an <see cref="Article"/> from what a reader produced: cleans it, splits it, and gives it its content-hash id.</summary>
public sealed class ArticleFactory(ArticleOptions options)
{
    /// <summary>
    /// Bump when cleaning or sentence splitting changes. The article id hashes the clean text, but the sentences (and the
    /// ids facts and summaries cite) also depend on the splitter: cached results built on sentences carry this version.
    /// </summary>
    public const int RulesVersion = 8;

    public ArticleFactory() : this(new ArticleOptions()) { }

    /// <summary>A text none of whose sentences has this many different words ("word word word …") says nothing to summarise.</summary>
    public const int MinDistinctWords = 3;

    // A Chinese or Japanese character counts as a word of its own here: "你好你好你好" has two.
    private static bool HasDistinctWords(string sentence, int count)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in sentence.Split([' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Unspaced.Any(word))
            {
                if (word.Any(char.IsLetterOrDigit) && words.Add(word) && words.Count >= count) return true;
                continue;
            }
            foreach (char c in word)
                if (Unspaced.IsLetter(c) && words.Add(c.ToString()) && words.Count >= count) return true;
        }
        return false;
    }

    /// <summary>The article, or null with <paramref name="error"/> set when nothing worth summarising is left after cleaning.</summary>
    public Article? TryCreate(RawArticle raw, out string? error)
    {
        error = null;
        var cleaned = TextCleaner.Clean(raw.Body, raw.TitleInBody);
        // A Chinese or Japanese character says about as much as a short word: it counts twice towards the minimum.
        if (Unspaced.WeightedLength(cleaned.Text) < options.MinTextLength)
        {
            error = cleaned.Text.Length == 0
                ? "no article text left after removing boilerplate"
                : $"the article text is only {cleaned.Text.Length} characters after cleaning (minimum {options.MinTextLength}"
                    + (Unspaced.Any(cleaned.Text) ? $", a Chinese or Japanese character counting as {Unspaced.CharactersPerWord})" : ")");
            return null;
        }
        var sentences = SentenceSplitter.Split(cleaned.Text);
        if (!sentences.Any(s => HasDistinctWords(s.Text, MinDistinctWords)))
        {
            error = $"no sentence of the article has {MinDistinctWords} different words: nothing to summarise";
            return null;
        }
        return new Article(
            Id: ContentId(cleaned.Text),
            Title: Clean(raw.Title) ?? cleaned.Title,
            Outlet: Clean(raw.Outlet) ?? cleaned.OutletHint,
            Published: ParseDate(raw.Published),
            Url: Clean(raw.Url),
            Text: cleaned.Text,
            Sentences: sentences,
            Removed: cleaned.Removed,
            Source: raw.Source)
        {
            AddressedToModel = InstructionDetector.Flag(sentences),
            Captions = CaptionSentences(sentences, cleaned.Captions),
        };
    }

    // Sentences and caption ranges both run in text order, so one walk over the two finds every sentence that starts
    // inside a caption.
    private static List<int> CaptionSentences(IReadOnlyList<Sentence> sentences, IReadOnlyList<TextRange> captions)
    {
        var ids = new List<int>();
        int c = 0;
        foreach (var sentence in sentences)
        {
            while (c < captions.Count && captions[c].Start + captions[c].Length <= sentence.Start) c++;
            if (c == captions.Count) break;
            if (captions[c].Contains(sentence.Start)) ids.Add(sentence.Id);
        }
        return ids;
    }

    /// <summary>Convenience for tests and the API: throws when the text is unusable.</summary>
    public Article Create(RawArticle raw) =>
        TryCreate(raw, out var error) ?? throw new InvalidDataException(error);

    public static string ContentId(string cleanText)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(cleanText), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return DateOnly.FromDateTime(instant.UtcDateTime);
        return DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var date) ? date : null;
    }
}
