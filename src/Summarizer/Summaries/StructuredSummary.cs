
namespace Summarizer.Summaries;

/// <summary>
/// The structured summary of one article, serialised as camelCase JSON. Bump <see cref="CurrentSchemaVersion"/>
/// whenever a field changes meaning: it is part of every cache key.
/// </summary>
public sealed record StructuredSummary
{
    public const int CurrentSchemaVersion = 2;

    public required string Id { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public required string Headline { get; init; }
    public required string Lede { get; init; }
    public IReadOnlyList<KeyPoint> KeyPoints { get; init; } = [];
    public IReadOnlyList<SummaryPerson> People { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<SummaryQuantity> Quantities { get; init; } = [];
    public IReadOnlyList<SummaryQuote> Quotes { get; init; } = [];
    public required string Engine { get; init; }
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The verifier's judgement of this summary against its article; null only before verification.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>Set when the requested engine could not produce a verified summary and the extractive one was used instead.</summary>
    public string? Fallback { get; init; }

    /// <summary>Model tokens and cost spent on this summary; null for the offline engine.</summary>
    public UsageRecord? Usage { get; init; }
}

/// <summary>A key point and the ids of the article sentences that support it.</summary>
public sealed record KeyPoint(string Text, IReadOnlyList<int> SentenceIds);

/// <summary>A person named in the summary with the roles it gives them.</summary>
public sealed record SummaryPerson(string Name, IReadOnlyList<string> Roles);

/// <summary>A figure the summary states; <see cref="SentenceId"/> points at the article sentence it comes from.</summary>
public sealed record SummaryQuantity(double Value, string? Unit, string? Qualifier, int SentenceId, string? Text = null);

/// <summary>A quotation the summary carries, with its speaker.</summary>
public sealed record SummaryQuote(string Text, string? Speaker, int SentenceId);

/// <summary>Tokens and cost of the model calls made for one summary or one run.</summary>
public sealed record UsageRecord(long InputTokens, long OutputTokens, decimal Cost, int Calls);
