using Summarizer.Text;
using Summarizer.Articles;
using System.Text.RegularExpressions;
using Summarizer.Facts;
using Summarizer.Summaries.Extractive;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Roles;

namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// A figure of one article, with what it counts (<see cref="Class"/>) and the rare words around it that say about
/// whom (<see cref="Context"/>, stems mapped to the word as written), and the years and dates its sentence names
/// (<see cref="Occasion"/>).
/// </summary>
internal sealed partial record QuantityItem(int Input, QuantityFact Fact, string Class, string Display, ValueRange Range,
    IReadOnlyDictionary<string, string> Context, Position Position, IReadOnlySet<string> Occasion)
{
    /// <summary>A vague amount ("thousands", "dozens") only bounds a figure: it never agrees with a precise one.</summary>
    public bool Vague => ValueRange.IsVague(Fact);

    /// <summary>What happened to what the figure counts ("killed", "injured"), as its clause says; null when it says nothing (<see cref="Quantities.Outcome"/>).</summary>
    public string? Outcome { get; init; }

    /// <summary>The noun's class before <see cref="PersonToll"/> took a count of people for its outcome's toll ("worker" for "12 workers were killed").</summary>
    public string Noun { get; init; } = Class;

    /// <summary>
    /// Whether the figure's sentence shares a word about whom with <paramref name="other"/>'s. Figures counted by two
    /// different nouns for people (<see cref="PersonToll"/>: "five terrorists were shot dead in a third attack", "killing at
    /// least 13 people … the worst terrorist attack") need two such words besides their outcome and its words ("killed"):
    /// the same outcome, or one word of the event, does not make the attackers and their victims one toll.
    /// </summary>
    public bool SharesContext(QuantityItem other) => Noun == other.Noun || (Noun == Class && other.Noun == other.Class)
        ? Context.Keys.Any(other.Context.ContainsKey)
        : Context.Count(kv => !kv.Key.StartsWith(OutcomeKey, StringComparison.Ordinal) && !Quantities.Outcome.Names(kv.Value)
            && other.Context.ContainsKey(kv.Key)) >= 2;

    /// <summary>The context key that stands for the figure's outcome.</summary>
    public const string OutcomeKey = "outcome:";

    /// <summary>Where the figure starts in its position's sentence (<see cref="Position.Sentence"/>); -1 when not known.</summary>
    public int SentenceOffset { get; init; } = -1;

    /// <summary>The figure counts part of its outcome's toll, as the story shows ("3 children" of "12 people killed"; <see cref="PersonToll"/>).</summary>
    public bool Part { get; init; }
}
