using System.Buffers;
using System.Text.RegularExpressions;

namespace Summarizer.Facts.Attributions;

/// <summary>
/// Cue phrases that attribute a claim to a source, each capturing the source as "src". The two cue-first patterns are
/// anchored (<c>\G</c>) and run through <see cref="Text.AnchoredMatches.FindAtWords"/> only where their cue word starts.
/// </summary>
internal static partial class AttributionPattern
{
    private const string Source = @"(?<src>(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}.&'’ʼ-]*|\p{Lu}{2,})(?:[ \u00A0]+(?:of[ \u00A0]+|for[ \u00A0]+|the[ \u00A0]+)?\p{Lu}[\p{L}\p{M}.&'’ʼ-]*){0,5}(?:[ \u00A0]+\(\p{Lu}+\))?)";
    private const string Officials = @"(?<src>(?:\p{Lu}[\p{L}.]*\s+)?(?:officials|sources|diplomats|people\s+familiar\s+with\s+the\s+matter|analysts))";

    [GeneratedRegex(@"\G\b(?<cue>(?:reported|written|stated|announced|noted|revealed|confirmed)\s+by)\s+" + Source)]
    public static partial Regex ByCue();

    [GeneratedRegex(@"\G\b(?<cue>[Aa]ccording\s+to)\s+(?:" + Officials + "|" + Source + ")")]
    public static partial Regex AccordingTo();

    // "AP, citing Reuters, said": the source cited is a source of the claim too (a second "src" capture).
    [GeneratedRegex(Source + @",?\s+(?:citing\s+(?:" + Source + @"|[^,.]{1,60}?),?\s+)?(?<cue>reports?|reported|writes|wrote|specifies|specified|notes|noted|says|said|claims|claimed|informs|learned|has\s+learned|reveals|revealed|cites|citing)\b")]
    public static partial Regex SourceVerb();

    [GeneratedRegex(Officials + @"\s+(?<cue>told)\s+" + Source)]
    public static partial Regex OfficialsTold();

    /// <summary>The words <see cref="ByCue"/> opens with (any case, so the search finds a superset of its starts).</summary>
    public static readonly SearchValues<string> Cues = SearchValues.Create(
        ["reported", "written", "stated", "announced", "noted", "revealed", "confirmed"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The word <see cref="AccordingTo"/> opens with.</summary>
    public static readonly SearchValues<string> According = SearchValues.Create(["according"], StringComparison.OrdinalIgnoreCase);

    /// <summary>False when the text lacks a word every <see cref="OfficialsTold"/> match holds ("told" and a group word).</summary>
    public static bool MayHoldOfficialsTold(string text) =>
        text.Contains("told", StringComparison.Ordinal)
        && (text.Contains("officials", StringComparison.Ordinal) || text.Contains("sources", StringComparison.Ordinal)
            || text.Contains("diplomats", StringComparison.Ordinal) || text.Contains("people", StringComparison.Ordinal)
            || text.Contains("analysts", StringComparison.Ordinal));
}
