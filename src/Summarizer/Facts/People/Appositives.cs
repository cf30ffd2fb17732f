using System.Text.RegularExpressions;
using Summarizer.Facts.Lexicons;

namespace Summarizer.Facts.People;

/// <summary>Roles set off by commas: "Pete Hegseth, U.S. Defense Secretary," and "special envoy, Steve Witkoff".</summary>
internal static partial class Appositives
{
    [GeneratedRegex(@"\G,\s+(?:(?:the|a|an)\s+)?(?<role>[^,;:“”""«»()\n]{2,90}?)(?=\s*(?:[,;:“”""«»()\n]|(?<!\b\p{Lu})\.(?:\s|$)|$))")]
    private static partial Regex After();

    [GeneratedRegex(@"(?<role>(?:[\p{L}\p{M}'’ʼ.-]+\s+){0,3}[\p{L}\p{M}-]+),\s*$")]
    private static partial Regex Before();

    /// <summary>A role phrase right after <paramref name="at"/> (which points at the comma), or null.</summary>
    public static (string Role, int Start)? Following(string text, int at)
    {
        if (at >= text.Length || text[at] != ',') return null;
        var m = After().Match(text, at);
        if (!m.Success) return null;
        var g = m.Groups["role"];
        var words = g.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || Words.IsFunction(words[0]) || Words.IsSpeechVerb(words[0])) return null;
        // The head must come early: "senior fellow at the Institute ..." yes, "who later became president" no.
        if (!words.Take(4).Any(Roles.IsHead)) return null;
        // "Kaduna, home of Vice-President Namadi Sambo," names someone else: a role does not end in a name.
        if (words.Length >= 3 && EndsInName(words)) return null;
        return (g.Value.Trim(), g.Index);
    }

    private static bool EndsInName(string[] words)
    {
        static bool NameLike(string w) => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower)
            && !Roles.IsRoleWord(w) && !Countries.IsCountryOrNationality(w) && !Words.IsFunction(w)
            && !OrganisationNames.IsCue(w) && !PlaceNames.IsCue(w);
        return NameLike(words[^1]) && NameLike(words[^2]);
    }

    /// <summary>"mayor of Springfield", "minister for Europe": a head, "of" or "for", then only capitalised words.</summary>
    private static bool HeadOfName(string[] words)
    {
        int of = Array.FindLastIndex(words, w => w is "of" or "for");
        return of >= 1 && of < words.Length - 1 && Roles.IsHead(words[of - 1])
            && words[(of + 1)..].All(w => char.IsUpper(w[0]) && !Words.IsFunction(w));
    }

    /// <summary>True when the phrase at <paramref name="start"/> opens its sentence, with at most an article before its role words.</summary>
    private static bool OpensSentence(string text, int start, string[] words)
    {
        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        bool atStart = k < 0 || text[k] is '.' or '\n' or '!' or '?' or '"' or '“';
        int first = Array.FindIndex(words, w => Roles.IsRoleWord(w));
        return atStart && first >= 0 && words[..first].All(w => w is "The" or "the" or "A" or "a" or "An" or "an");
    }

    /// <summary>A role phrase ending with a comma right before <paramref name="nameStart"/> ("The mayor of Springfield, John Smith"), or null.</summary>
    public static (string Role, int Start)? Preceding(string text, int nameStart)
    {
        int from = Math.Max(0, nameStart - 60);
        // The pattern ends ",\s*$": without a comma before the trailing white space it cannot match.
        var window = text.AsSpan(from, nameStart - from).TrimEnd();
        if (window.IsEmpty || window[^1] != ',') return null;
        var m = Before().Match(text, from, nameStart - from);
        if (!m.Success) return null;
        var g = m.Groups["role"];
        var words = g.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "mayor of Springfield" ends on a place, not a head: only as the sentence's own opening ("The mayor of
        // Springfield, John Smith, said"), never after other words ("a call with the president of Russia, Donald Trump").
        if (!Roles.IsHead(words[^1]) && !(HeadOfName(words) && OpensSentence(text, g.Index, words))) return null;
        // Keep the role from its first role word on: "Trump's special envoy" → "special envoy".
        int first = Array.FindIndex(words, w => Roles.IsRoleWord(w) || Countries.IsCountryOrNationality(w));
        if (first < 0) return null;
        int offset = g.Index + g.Value.IndexOf(words[first], StringComparison.Ordinal);
        return (string.Join(' ', words[first..]), offset);
    }
}
