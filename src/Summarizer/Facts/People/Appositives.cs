using System.Text.RegularExpressions;
using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Facts.People;

/// <summary>
/// Roles set off by commas: "Pete Hegseth, U.S. Defense Secretary," and "special envoy, Steve Witkoff". After the name
/// the role is a noun phrase ending in a role head, with what it belongs to ("Ben Barry, senior fellow at the
/// International Institute for Strategic Studies"); see <see cref="Following"/>.
/// </summary>
internal static partial class Appositives
{
    [GeneratedRegex(@"\G,\s+(?:(?:the|a|an)\s+)?(?<role>[^,;:“”""«»()\n]{2,90}?)(?=\s*(?:[,;:“”""«»()\n]|(?<!\b\p{Lu})\.(?:\s|$)|$))")]
    private static partial Regex After();

    [GeneratedRegex(@"(?<role>(?:[\p{L}\p{M}'’ʼ.-]+\s+){0,3}[\p{L}\p{M}-]+),\s*$")]
    private static partial Regex Before();

    /// <summary>
    /// A role phrase right after <paramref name="at"/> (which points at the comma), or null. The phrase is a noun phrase:
    /// an optional article, at most four modifiers, a role head (<see cref="RoleNouns"/>) ending them ("senior fellow",
    /// "U.S. Defense Secretary", "the club's manager"; two such joined by "and"), then optionally a complement opened by a
    /// preposition ("at the International Institute for Strategic Studies", "of the EHRC", "for Llanelli"), which ends
    /// before a relative clause ("who …", "which …"). A phrase whose last word before any preposition is no role head is
    /// no role (", a city in France", ", 45,", ", home of Vice-President Namadi Sambo", ", a judge has ruled"), and
    /// neither is a name after the head (", Manchester United manager Erik ten Hag", another person).
    /// </summary>
    public static (string Role, int Start)? Following(string text, int at)
    {
        if (at >= text.Length || text[at] != ',') return null;
        var m = After().Match(text, at);
        if (!m.Success) return null;
        var g = m.Groups["role"];
        var words = g.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || Words.IsFunction(words[0]) || Words.IsSpeechVerb(words[0])) return null;
        int length = RolePhraseLength(words);
        if (length == 0) return null;
        // The role is the text of its words as written, from the group's start to the end of its last word.
        int end = 0;
        for (int w = 0; w < length; w++) end = g.Value.IndexOf(words[w], end, StringComparison.Ordinal) + words[w].Length;
        return (g.Value[..end], g.Index);
    }

    private static readonly HashSet<string> ComplementOpeners = new(StringComparer.Ordinal)
    {
        "of", "at", "for", "with", "to", "in", "on", "from", "since", "under", "within",
    };

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "who", "whom", "whose", "which", "that", "where", "when", "while", "whereas", "as",
    };

    /// <summary>How many of <paramref name="words"/> make the role phrase; 0 when they make none.</summary>
    private static int RolePhraseLength(string[] words)
    {
        // The phrase ends before a relative clause, a verb of saying, or "and"/"but" opening a clause ("and the …").
        int end = words.Length;
        for (int i = 1; i < words.Length && end == words.Length; i++)
            if (ClauseOpeners.Contains(words[i]) || Words.IsSpeechVerb(words[i])
                || (words[i] is "and" or "but" && i + 1 < words.Length && Words.IsFunction(words[i + 1])))
                end = i;
        bool speech = end < words.Length && Words.IsSpeechVerb(words[end]);
        int nominal = end;
        for (int i = 1; i < end; i++)
            if (ComplementOpeners.Contains(words[i])) { nominal = i; break; }
        // "Smith, a spokeswoman said": a speaker and its verb, whose words are about Smith. After a complement the verb
        // only ends the role ("Mike Lee, officer at Mencap says").
        if (speech && nominal == end) return 0;
        if (!IsNominal(words.AsSpan(0, nominal))) return 0;
        // A preposition with nothing after it opens no complement.
        return nominal == end - 1 ? nominal : end;
    }

    /// <summary>
    /// Modifiers then a role head, or two such joined by "and" or "&amp;" ("founder and chief executive"; an "and" after a
    /// word that is no head joins modifiers, "Boston and Skegness MP"). A lexicon head may qualify the noun after it
    /// ("head teacher"). No other function word, no verb of saying, and no given name right before the head ("Tony
    /// Marshal" is a name).
    /// </summary>
    private static bool IsNominal(ReadOnlySpan<string> words)
    {
        int start = 0;
        for (int i = 0; i <= words.Length; i++)
        {
            bool joins = i < words.Length && words[i] is "and" or "&";
            // "avowed atheist and libertarian": what a person is, joined to a role, describes them.
            if (joins && i > start && RoleNouns.IsOtherPersonNoun(words[i - 1])) return false;
            if (i < words.Length && !(joins && i > start && RoleNouns.IsHead(words[i - 1]))) continue;
            var part = words[start..i];
            if (part.Length is 0 or > 5 || !EndsInHead(part)) return false;
            foreach (var word in part)
                if ((Words.IsFunction(word) && word is not ("and" or "&")) || Words.IsSpeechVerb(word)) return false;
            if (part.Length >= 2 && char.IsUpper(part[^2][0]) && FirstNames.Contains(part[^2]) && !Roles.IsRoleWord(part[^2])) return false;
            start = i + 1;
        }
        return true;
    }

    // "senior fellow", or a lexicon head qualifying a plain noun in lower case: "head teacher".
    private static bool EndsInHead(ReadOnlySpan<string> part)
    {
        if (RoleNouns.IsHead(part[^1])) return true;
        string last = part[^1];
        if (part.Length < 2 || !RoleNouns.IsLexiconHead(part[^2]) || last.Length < 3 || !last.All(char.IsLower)
            || last.EndsWith("ed", StringComparison.Ordinal) || last.EndsWith("ing", StringComparison.Ordinal) || Words.IsFunction(last)) return false;
        // A plural after the head ("chief executives") names several people.
        return WordNetLookup.Shared is null || (CommonNouns.SingularOf(last) is null && CommonNouns.IsCommonNoun(last));
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
