namespace Summarizer.Facts;

/// <summary>A character range in an article's clean text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Everything the deterministic extractor found in one article. Every fact carries the span of the
/// text it came from and the id of the sentence holding it, so a finding can always show its evidence.
/// </summary>
public sealed record FactSheet(
    string ArticleId,
    IReadOnlyList<QuantityFact> Quantities,
    IReadOnlyList<PersonFact> People,
    IReadOnlyList<NamedFact> Organisations,
    IReadOnlyList<NamedFact> Places,
    IReadOnlyList<DateFact> Dates,
    IReadOnlyList<QuoteFact> Quotes,
    IReadOnlyList<AttributionFact> Attributions)
{
    /// <summary>Bump when the extraction rules change what a FactSheet holds: it is part of every cache key built on facts.</summary>
    public const int ExtractorVersion = 11;

    public static FactSheet Empty(string articleId) => new(articleId, [], [], [], [], [], [], []);
}

/// <summary>
/// A number stated in the text. <see cref="Value"/> is normalised ("200,000", "200 thousand", "200k" all give 200000);
/// <see cref="Unit"/> is the singular lemma of the counted noun ("troops" → "troop", "35-nation" → "nation",
/// "people" → "person"), "percent", or a currency code; <see cref="Qualifier"/> is the lower-case hedge
/// ("at least", "nearly") or, for vague amounts, the word itself ("thousands", with <see cref="Value"/> its lower bound).
/// </summary>
public sealed record QuantityFact(
    string Text,
    double Value,
    double? UpperValue,
    string? Unit,
    string? Qualifier,
    TextSpan Span,
    int SentenceId)
{
    /// <summary>What the number measures (added after the first schema; defaults to a count).</summary>
    public QuantityKind Kind { get; init; } = QuantityKind.Count;
}

/// <summary>A person with every role the article gives them and every form of their name it uses.</summary>
public sealed record PersonFact(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<RoleMention> Roles,
    IReadOnlyList<Mention> Mentions);

/// <summary>
/// A role attached to a person at one place in the text ("French Defense Minister"). <see cref="Span"/> covers the text
/// that gives the role to that person: the title or appositive with the name.
/// </summary>
public sealed record RoleMention(string Role, TextSpan Span, int SentenceId)
{
    /// <summary>
    /// True when <see cref="Role"/> is not the article's words but the office they stand for ("his French counterpart"
    /// beside "UK Defense Minister John Healey" is the French Defense Minister); the span holds the words it is read from.
    /// </summary>
    public bool Inferred { get; init; }
}

/// <summary>One occurrence of a name in the text.</summary>
public sealed record Mention(string Text, TextSpan Span, int SentenceId);

/// <summary>An organisation or a place, with its occurrences.</summary>
public sealed record NamedFact(string Name, IReadOnlyList<Mention> Mentions);

/// <summary>A date, absolute ("On March 16") or relative ("on Wednesday").</summary>
public sealed record DateFact(string Text, bool IsRelative, TextSpan Span, int SentenceId);

/// <summary>A direct quotation and, where the text says, who said it.</summary>
public sealed record QuoteFact(string Text, string? Speaker, TextSpan Span, int SentenceId)
{
    /// <summary>The person the speaker spoke for ("a spokesman for Clarke said"), who is not the speaker; added after the first schema.</summary>
    public string? OnBehalfOf { get; init; }
}

/// <summary>A claim the article attributes to a named source ("This was reported by Bloomberg").</summary>
public sealed record AttributionFact(string SourceName, string Cue, TextSpan Span, int SentenceId);
