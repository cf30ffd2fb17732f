namespace Summarizer.Articles.Sentences;

/// <summary>Words that end in a full stop without ending a sentence.</summary>
internal static class Abbreviations
{
    // Titles and honorifics are always followed by a name, so a full stop after them never ends a sentence.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
        "sen", "rep", "gov", "pres", "amb", "hon", "rev", "fr", "sr", "jr", "st", "mt", "ft", "no", "nos",
        "vs", "v", "etc", "approx", "dept", "est", "inc", "corp", "ltd", "co", "bros", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
        "sat", "sun", "e.g", "i.e", "cf", "al", "fig", "vol", "ed", "eds", "op", "pp", "para",
    };

    // After these a sentence may still end ("... based in the U.S. The talks ..."), so they only block a split
    // when the next word does not look like the start of a new sentence.
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On",
        "At", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Their", "Its", "Our", "However",
        "Meanwhile", "Still", "Also", "After", "Before", "When", "While", "If", "As", "For", "With", "Some", "Many",
        "Most", "Officials", "According", "Now", "Then", "Last", "Earlier", "Later",
    };

    private static readonly HashSet<string> LowercaseAbbreviations = new(StringComparer.Ordinal)
    {
        "etc", "vs", "v", "e.g", "i.e", "approx", "cf", "al", "incl", "esp", "est", "pp",
    };

    /// <summary>
    /// A capitalised title or short form ("Gen", "Mr", "Jan") or a lowercase one ("e.g", "vs"); with
    /// <paramref name="anyCase"/> (text without capitals) a title in any case.
    /// </summary>
    public static bool IsTitle(string word, bool anyCase = false)
    {
        word = word.TrimEnd('.');
        if (word.Length == 0) return false;
        return LowercaseAbbreviations.Contains(word) || ((anyCase || char.IsUpper(word[0])) && Titles.Contains(word));
    }

    /// <summary>"U.S", "U.K", "E.U" and single initials ("J"): letters separated by dots.</summary>
    public static bool IsInitialism(string word)
    {
        if (word.Length == 0) return false;
        if (word.Length == 1) return char.IsUpper(word[0]);
        for (int i = 0; i < word.Length; i++)
        {
            bool expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.') return false;
        }
        return true;
    }

    public static bool LooksLikeSentenceStart(string nextWord) => SentenceStarters.Contains(nextWord);
}
