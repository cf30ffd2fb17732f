using Summarizer.Comparisons.Quantities;
namespace Summarizer.Comparisons;

/// <summary>
/// What the outlets reporting one story agree on, where they conflict, what only one of them claims, and whom
/// each cites. Serialised as camelCase JSON to <c>stories/&lt;storyId&gt;.json</c>.
/// </summary>
public sealed record StoryComparison
{
    public const int CurrentSchemaVersion = 1;

    public required string StoryId { get; init; }
    public required IReadOnlyList<ComparedArticle> Articles { get; init; }
    public IReadOnlyList<Agreement> Agreements { get; init; } = [];
    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];
    public IReadOnlyList<SingleSourceClaim> SingleSource { get; init; } = [];
    public IReadOnlyList<OutletAttributions> Attributions { get; init; } = [];

    /// <summary>A neutral roundup of the story: agreements first, then differences, each sentence with its sources.</summary>
    public IReadOnlyList<Roundup.RoundupSentence> Roundup { get; init; } = [];

    /// <summary>Positions a model reported that could not be found quoted in their source article (always 0 offline).</summary>
    public int DroppedPositions { get; init; }

    /// <summary>"deterministic" offline; with a model, "deterministic+llm:&lt;model&gt;".</summary>
    public string Engine { get; init; } = "deterministic";

    /// <summary>Why a configured model added nothing to this comparison (e.g. "malformed-json", "http-500"); null otherwise.</summary>
    public string? ModelFallback { get; init; }

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
}

/// <summary>An article of the story as an editor identifies it.</summary>
/// <param name="Id">The article's id in its run.</param>
/// <param name="Outlet">The outlet it states, or null.</param>
/// <param name="Title">Its title, or null.</param>
/// <param name="EarlierRun">For a member brought in from an earlier night's run (<see cref="ComparisonInput.Earlier"/>): that run's id; null for an article of this run.</param>
/// <param name="EarlierRunAt">When that earlier run ran.</param>
public sealed record ComparedArticle(string Id, string? Outlet, string? Title, string? EarlierRun = null, DateTimeOffset? EarlierRunAt = null);

/// <summary>What kind of fact a finding is about.</summary>
public enum FactKind
{
    Quantity,
    Role,
    Quote,

    /// <summary>Any other statement; only a model reports these, each quoted from its article.</summary>
    Claim,
}

/// <summary>Where a finding comes from: the extracted facts ("rules") or a model, checked against the quoted sentence ("model").</summary>
public static class FindingOrigin
{
    public const string Rules = "rules";
    public const string Model = "model";
}

/// <summary>One outlet's statement of a fact: the value it gives and the sentence it gives it in.</summary>
public sealed record Position(string ArticleId, string? Outlet, string Value, string Sentence, int SentenceId)
{
    /// <summary>
    /// The other outlet of the story its sentence attributes the fact to ("…, according to Reuters" in AP's article,
    /// Reuters' article being in the story), as the story names that outlet; null when the outlet states it on its own.
    /// </summary>
    public string? CitesOutlet { get; init; }
}

/// <summary>The same fact given different values by different outlets; <see cref="Subject"/> says what is counted or who.</summary>
public sealed record Conflict(FactKind Kind, string Subject, IReadOnlyList<Position> Positions)
{
    /// <summary>
    /// The article that gives the values itself when no other outlet disagrees (an inconsistency within that article,
    /// its positions only: the outlets agree on the value they share); null for a conflict between outlets.
    /// </summary>
    public string? Within { get; init; }

    /// <summary><see cref="FindingOrigin.Rules"/> or <see cref="FindingOrigin.Model"/>.</summary>
    public string Origin { get; init; } = FindingOrigin.Rules;
}

/// <summary>A fact two or more outlets state alike; <see cref="Statement"/> is the fact in words.</summary>
public sealed record Agreement(FactKind Kind, string Statement, IReadOnlyList<Position> Positions)
{
    /// <summary>How many different articles state it: agreements are listed most widely shared first.</summary>
    public int ArticleCount => Positions.Select(p => p.ArticleId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// How many of those articles state it independently: an article whose every position cites another outlet of this
    /// agreement (<see cref="Position.CitesOutlet"/>) repeats that outlet. At least one when any article states it.
    /// </summary>
    public int IndependentOutlets => Citing.Independence.Count(Positions);

    /// <summary><see cref="FindingOrigin.Rules"/> or <see cref="FindingOrigin.Model"/>.</summary>
    public string Origin { get; init; } = FindingOrigin.Rules;
}

/// <summary>A figure or quote only one outlet carries.</summary>
public sealed record SingleSourceClaim(FactKind Kind, string Statement, Position Position)
{
    /// <summary><see cref="FindingOrigin.Rules"/> or <see cref="FindingOrigin.Model"/>.</summary>
    public string Origin { get; init; } = FindingOrigin.Rules;
}

/// <summary>Whom one article cites: agencies and papers it attributes claims to, and people it quotes.</summary>
public sealed record OutletAttributions(string ArticleId, string? Outlet, IReadOnlyList<CitedSource> Sources);

/// <summary>A cited source and how it is cited ("attribution" for "Bloomberg reported", "quote" for a quoted speaker).</summary>
public sealed record CitedSource(string Name, string Via, IReadOnlyList<int> SentenceIds);
