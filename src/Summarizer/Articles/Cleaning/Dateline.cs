using System.Text.RegularExpressions;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// The dateline a wire story opens with: a place and/or the agency in brackets, then a dash or the story glued on
/// ("(Reuters) — ", "Boston (CNN)Guilty…", "LONDON, March 3 (AP) - ", "KYIV, Ukraine — "). The bracketed name
/// is the outlet the story came from.
/// </summary>
internal static partial class Dateline
{
    // A bracketed agency ends the dateline only where a dash follows or the story starts glued to it: "Donald Trump
    // (R) said" has neither, so it stays.
    [GeneratedRegex(@"^(?:(?<place>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?:, (?:\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?: \d{1,2})?)? ?)?\((?<outlet>\p{Lu}[^()\d]{0,40}?)\)(?:\s*[—–-]+\s*|(?=[\p{Lu}""“‘']))")]
    private static partial Regex BracketedAgency();

    // An all-capitals place and a dash: "WASHINGTON — ", "KYIV, Ukraine — ".
    [GeneratedRegex(@"^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?(?: \d{1,2})?)?\s+[—–-]+\s+")]
    private static partial Regex CapitalPlace();

    /// <summary>The length of the dateline at the start of <paramref name="line"/> (0 when there is none) and the outlet it names.</summary>
    public static (int Length, string? Outlet) Find(string line)
    {
        var agency = BracketedAgency().Match(line);
        if (agency.Success) return (agency.Length, agency.Groups["outlet"].Value.Trim());
        var place = CapitalPlace().Match(line);
        return place.Success ? (place.Length, null) : (0, null);
    }
}
