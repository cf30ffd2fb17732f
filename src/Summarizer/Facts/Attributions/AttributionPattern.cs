using System.Text.RegularExpressions;

namespace Summarizer.Facts.Attributions;

/// <summary>Cue phrases that attribute a claim to a source, each capturing the source as "src".</summary>
internal static partial class AttributionPattern
{
    private const string Source = @"(?<src>(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}.&'’ʼ-]*|\p{Lu}{2,})(?:[ \u00A0]+(?:of[ \u00A0]+|for[ \u00A0]+|the[ \u00A0]+)?\p{Lu}[\p{L}\p{M}.&'’ʼ-]*){0,5}(?:[ \u00A0]+\(\p{Lu}+\))?)";
    private const string Officials = @"(?<src>(?:\p{Lu}[\p{L}.]*\s+)?(?:officials|sources|diplomats|people\s+familiar\s+with\s+the\s+matter|analysts))";

    [GeneratedRegex(@"\b(?<cue>(?:reported|written|stated|announced|noted|revealed|confirmed)\s+by)\s+" + Source)]
    public static partial Regex ByCue();

    [GeneratedRegex(@"\b(?<cue>[Aa]ccording\s+to)\s+(?:" + Officials + "|" + Source + ")")]
    public static partial Regex AccordingTo();

    [GeneratedRegex(Source + @",?\s+(?:citing\s+[^,.]{1,60}?,?\s+)?(?<cue>reports?|reported|writes|wrote|specifies|specified|notes|noted|says|said|claims|claimed|informs|learned|has\s+learned|reveals|revealed|cites|citing)\b")]
    public static partial Regex SourceVerb();

    [GeneratedRegex(Officials + @"\s+(?<cue>told)\s+" + Source)]
    public static partial Regex OfficialsTold();
}
