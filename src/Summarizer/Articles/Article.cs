namespace Summarizer.Articles;

/// <summary>
/// One cleaned news article. <see cref="Id"/> is a hash of the clean text, so the same story body
/// read from two files (or twice) gets the same id and the same cache entries.
/// </summary>
public sealed record Article(
    string Id,
    string? Title,
    string? Outlet,
    DateOnly? Published,
    string? Url,
    string Text,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<RemovedText> Removed,
    string Source)
{
    /// <summary>
    /// Sentences that speak to a language model rather than a reader (prompt injection): no engine summarises them and
    /// the verdict flags them.
    /// </summary>
    public IReadOnlyList<Safety.FlaggedSentence> AddressedToModel { get; init; } = [];

    /// <summary>True when sentence <paramref name="id"/> speaks to a model (see <see cref="AddressedToModel"/>).</summary>
    public bool IsAddressedToModel(int id)
    {
        foreach (var flagged in AddressedToModel) if (flagged.SentenceId == id) return true;
        return false;
    }

    /// <summary>
    /// Ids of the sentences that are picture captions: the article's own statements, so facts and verification read
    /// them, but not the story's sentences, so no engine or baseline summarises with them.
    /// </summary>
    public IReadOnlyList<int> Captions { get; init; } = [];

    /// <summary>True when sentence <paramref name="id"/> is a picture caption (see <see cref="Captions"/>).</summary>
    public bool IsCaption(int id) => Captions.Contains(id);

    /// <summary>The story's own sentences, in order: every sentence but the captions.</summary>
    public IEnumerable<Sentence> StorySentences()
    {
        if (Captions.Count == 0) return Sentences;
        var captions = Captions.ToHashSet();
        return Sentences.Where(s => !captions.Contains(s.Id));
    }

    /// <summary>True when no engine may make sentence <paramref name="id"/> part of a summary: it speaks to a model or is a caption.</summary>
    public bool IsExcludedFromSummary(int id) => IsCaption(id) || IsAddressedToModel(id);

    /// <summary>The sentence with the given id, or null when the id is out of range.</summary>
    public Sentence? SentenceById(int id) => id >= 0 && id < Sentences.Count ? Sentences[id] : null;

    /// <summary>The id of the sentence that contains the character at <paramref name="offset"/>, or -1.</summary>
    public int SentenceIdAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}

/// <summary>A sentence of an article's clean text; <see cref="Start"/> and <see cref="Length"/> index into <see cref="Article.Text"/>.</summary>
public sealed record Sentence(int Id, int Start, int Length, string Text)
{
    public int End => Start + Length;
}

/// <summary>Text the cleaner took out (boilerplate, captions, promotions), kept for debugging.</summary>
public sealed record RemovedText(string Reason, string Text);
