using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;

namespace Summarizer.Facts.People;

/// <summary>
/// What the words around a capitalised name say about it: a verb of saying before or after it, a noun for a person
/// before it, the pronoun that takes it up ("who" or "which"), and whether a word that is a modal, a rank or a place
/// elsewhere stands as a given name here.
/// </summary>
internal static class NameContext
{
    /// <summary>"said Enoch", not "told Bild": a bare word after "told" or "reported" is as often an outlet as a person.</summary>
    public static bool IsSaid(IReadOnlyList<Token> tokens, int nameStart)
    {
        int verb = tokens[nameStart - 1].IsPossessive ? nameStart - 2 : nameStart - 1;
        return tokens[verb].Lower is "said" or "says" or "added" or "asked";
    }

    /// <summary>True when a comma, full stop or other clause end follows <paramref name="at"/> ("… ," said Enoch.).</summary>
    public static bool EndsClause(string text, int at) => at >= text.Length || text[at] is '.' or ',' or ';' or ':' or '!' or '?' or '\n';

    /// <summary>"Sakaliene told", "Ryabkov previously warned".</summary>
    public static bool SpeechFollows(string text, IReadOnlyList<Token> tokens, int last)
    {
        for (int i = last + 1; i < tokens.Count && i <= last + 2; i++)
        {
            if (!Tokenizer.OnlySpaces(text, tokens[i - 1].End, tokens[i].Start)) return false;
            if (Words.IsSpeechVerb(tokens[i].Text)) return true;
            if (!tokens[i].Text.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>"… ," said Emmanuel Macron; "… ," said the agency's Jane Roe.</summary>
    public static bool SpeechPrecedes(string text, IReadOnlyList<Token> tokens, int first)
    {
        if (first < 1 || !Tokenizer.OnlySpaces(text, tokens[first - 1].End, tokens[first].Start)) return false;
        if (Words.IsSpeechVerb(tokens[first - 1].Text)) return true;
        return tokens[first - 1].IsPossessive && first >= 2 && Words.IsSpeechVerb(tokens[first - 2].Text)
            && Tokenizer.OnlySpaces(text, tokens[first - 2].End, tokens[first - 1].Start);
    }

    /// <summary>The word after the name and an optional comma ("Ofsted, which put …", "Andy Street, who …"), lower-cased; "" at a clause end.</summary>
    public static string NextWord(string text, int end)
    {
        int i = SkipSpaces(text, end);
        if (i < text.Length && text[i] == ',') i++;
        i = SkipSpaces(text, i);
        int start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return text[start..i].ToLowerInvariant();
    }

    /// <summary>"Andy Street, who …", "Marcus Storm … he said": a word that takes up a person.</summary>
    public static bool TakesUpPerson(string word) => word is "who" or "he" or "she";

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        return i;
    }

    /// <summary>"Mr Rose, 57, said": an age set off by commas after the name.</summary>
    public static bool AgeFollows(string text, int end)
    {
        int i = SkipSpaces(text, end);
        if (i >= text.Length || text[i] != ',') return false;
        i++;
        i = SkipSpaces(text, i);
        int digits = 0;
        while (i < text.Length && char.IsDigit(text[i])) { i++; digits++; }
        return digits is 1 or 2 or 3 && i < text.Length && text[i] == ',';
    }

    /// <summary>"Dr Venter turned his attention …": a pronoun for a person later in the name's sentence.</summary>
    public static bool PersonalPronounLater(string text, int end)
    {
        int stop = end;
        while (stop < text.Length && stop - end < 200 && text[stop] is not ('.' or '!' or '?' or '\n')) stop++;
        foreach (var word in text[end..stop].Split([' ', '\u00A0', ',', ';', ':', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            if (word is "he" or "she" or "his" or "her" or "him" or "himself" or "herself") return true;
        return false;
    }

    /// <summary>"The singer Gen Hoshino", "striker Leigh Griffiths": a lower-case common noun for one person right before the name.</summary>
    public static bool PersonNounBefore(string text, IReadOnlyList<Token> tokens, int first)
    {
        if (first < 1 || !Tokenizer.OnlySpaces(text, tokens[first - 1].End, tokens[first].Start)) return false;
        var noun = tokens[first - 1];
        return char.IsLower(noun.Text[0]) && !noun.IsPossessive && !Words.IsFunction(noun.Lower) && NameEdges.IsPersonNoun(noun) && CommonNouns.SingularOf(noun.Lower) is null;
    }

    /// <summary>
    /// A capitalised modal verb that is a given name ("stars Will Smith", "Will Smith said"): a name-like word follows it
    /// that is no common noun, "Day" or figure ("on May Day", "since May Labour took office", "asked Can Labour Win"), and
    /// further evidence says person: a verb of saying right after the name, a title or a noun for a person before it.
    /// </summary>
    public static bool IsGivenModal(string text, IReadOnlyList<Token> tokens, int i, int last)
    {
        if (i >= last || !tokens[i].IsCap || tokens[i].IsAcronym || !Words.IsModal(tokens[i].Text) || !tokens[i + 1].IsNameLike) return false;
        var surname = tokens[i + 1];
        if (surname.Lower == "day" || surname.Bare.Any(char.IsDigit)) return false;
        bool adjoins = i > 0 && Tokenizer.OnlySpaces(text, tokens[i - 1].End, tokens[i].Start);
        var before = adjoins ? tokens[i - 1] : default;
        // Strong evidence: a verb of saying after the name, "who/he/she" taking it up, a title before it ("Actor Will Smith").
        if (SpeechFollows(text, tokens, last) || TakesUpPerson(NextWord(text, tokens[last].End)) || (adjoins && Roles.IsHead(before.Lower))) return true;
        // Before a common noun ("on May Day", "since May Labour", "asked Can Labour Win") nothing less will do.
        if (CommonNouns.IsCommonNoun(surname.Lower) || !adjoins || !char.IsLower(before.Text[0])) return false;
        // "stars Will Smith", "the actor Will Smith": a word for a person or a verb whose object the name is; "cars of
        // Will Stevens": any lower-case word before a modal that is no month ("in May Smith" may be the month).
        return !Words.IsMonth(tokens[i].Bare) || (!Words.IsFunction(before.Lower)
            && (NameEdges.IsPersonNoun(before) || Verification.Lexicon.WordNetLookup.Shared?.IsInflectedVerb(before.Lower) == true));
    }

    /// <summary>
    /// A city's or country's name that is the given name of the surname after it ("San Francisco Mayor London Breed",
    /// "Defence Minister Israel Katz", "London Breed said"): a title stands before it, or it opens the name and a verb of
    /// saying follows; the surname names no institution of the place ("Sydney Zoo said", "Paris Metro"), and without a
    /// title it is no common noun nor plural ("Chicago Bulls said", "London Transport said").
    /// </summary>
    public static bool IsPlaceAsGivenName(string text, IReadOnlyList<Token> tokens, int first, int surname)
    {
        var place = tokens[surname - 1];
        if (!place.IsCap || place.IsAcronym || place.IsPossessive || !place.Bare.All(char.IsLetter) || PlaceNames.Canonical(place.Bare) is null) return false;
        var name = tokens[surname];
        if (OrganisationNames.IsCue(name.Bare) || CommonNouns.NamesAnInstitution(name.Lower)) return false;
        bool titled = surname - 2 >= first && Roles.IsHead(tokens[surname - 2].Lower);
        if (titled) return true;
        // "Chicago Bulls said", "London Transport said", "Paris Match": without a title, a common noun or a plural after
        // the place names its team, service or paper.
        if (CommonNouns.IsCommonNoun(name.Lower) || CommonNouns.SingularOf(name.Lower) is not null) return false;
        return (surname - 1 == first && SpeechFollows(text, tokens, surname));
    }

    /// <summary>"Dr Skin's Suncare Lotion", "Mrs Brown's Boys": a possessive name before more capitals names a product or a show.</summary>
    public static bool IsBrand(string text, IReadOnlyList<Token> tokens, int last) =>
        tokens[last].IsPossessive && last + 1 < tokens.Count && tokens[last + 1].IsCap && Tokenizer.OnlySpaces(text, tokens[last].End, tokens[last + 1].Start);

    /// <summary>
    /// An abbreviated rank written without its full stop ("Gen", "Col", "Lt") before a single name is as often a given
    /// name ("Gen Hoshino"); it is the rank when the article names the person with a given name too (<see cref="PersonFinder"/>).
    /// </summary>
    public static bool IsBareRankAbbreviation(in Token t) =>
        Roles.IsAmbiguousHead(t.Lower) && t.Bare.Length <= 3 && t.Bare.All(char.IsLetter) && !t.IsAcronym && t.Bare == t.Text;
}
