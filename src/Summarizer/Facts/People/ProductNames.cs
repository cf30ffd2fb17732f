using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;
using Summarizer.Text;

namespace Summarizer.Facts.People;

/// <summary>
/// Names the article gives a product or system rather than a person: "an AI called Enoch", "a chatbot named Enoch",
/// "the Enoch model", "Enoch, an AI system", and a name owned by an AI firm written as a web address ("BrightU.AI's
/// Enoch"). Such a name is no person wherever else the article uses it alone ("said Enoch"); a longer name that holds
/// it ("Enoch Powell") still is.
/// </summary>
internal static class ProductNames
{
    // Nouns for a product or system; "AI" is matched on its capitals. "Model" and "assistant" are also people's work,
    // so they count only right after the name ("the Enoch model") or after "AI" ("an AI assistant named Enoch").
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "ai", "chatbot", "bot", "system", "tool", "program", "programme", "software", "app", "platform", "engine", "algorithm",
    };

    private static readonly HashSet<string> HumanToo = new(StringComparer.Ordinal) { "model", "assistant" };

    private static readonly HashSet<string> Naming = new(StringComparer.Ordinal) { "called", "named", "dubbed" };

    private const int MaxNounWords = 3;

    public static HashSet<string> Find(string text, IReadOnlyList<Token> tokens)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!IsSingleName(text, tokens, i)) continue;
            if (NamedAfterNoun(text, tokens, i) || NounFollows(text, tokens, i) || ProductAppositive(text, t) || OwnedByAiFirm(text, tokens, i))
                names.Add(t.Bare);
        }
        return names;
    }

    // A capitalised word that no other capitalised word joins ("Enoch", not "Enoch Powell").
    private static bool IsSingleName(string text, IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsCap && !tokens[i].IsAcronym && tokens[i].Bare.All(char.IsLetter)
        && (i + 1 == tokens.Count || !tokens[i + 1].IsCap || tokens[i].IsPossessive || !Tokenizer.Joined(text, tokens, i, i + 1))
        && (i == 0 || !tokens[i - 1].IsCap || tokens[i - 1].IsPossessive || Words.IsFunction(tokens[i - 1].Lower) || !Tokenizer.Joined(text, tokens, i - 1, i));

    private static bool IsNoun(Token t) => Nouns.Contains(t.Lower) && (t.Lower != "ai" || t.Bare == "AI");

    // "an AI called Enoch", "a chatbot named Enoch": a naming word right before, a product noun a few words before it.
    private static bool NamedAfterNoun(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i < 2 || !Naming.Contains(tokens[i - 1].Lower) || !Tokenizer.Joined(text, tokens, i - 1, i)) return false;
        for (int k = i - 2; k >= 0 && i - 2 - k < MaxNounWords; k--)
        {
            if (IsNoun(tokens[k])) return Tokenizer.Joined(text, tokens, k, i - 1);
            if (tokens[k].IsCap || !HumanToo.Contains(tokens[k].Lower)) return false;
        }
        return false;
    }

    // "the Enoch model", "the Enoch chatbot": a product noun right after the name, which follows "the", "a" or "an".
    private static bool NounFollows(string text, IReadOnlyList<Token> tokens, int i) =>
        i > 0 && i + 1 < tokens.Count && tokens[i - 1].Lower is "the" or "a" or "an" && !tokens[i].IsPossessive
        && (IsNoun(tokens[i + 1]) && tokens[i + 1].Bare != "AI" || HumanToo.Contains(tokens[i + 1].Lower)) && Tokenizer.Joined(text, tokens, i - 1, i + 1);

    // "Enoch, an AI system built by …", "Enoch, a software system,", "Enoch, a new chatbot.": the name set off by a comma
    // before "a"/"an" and a noun phrase that a product noun ends. "Okafor, a software engineer" is a person: there the
    // product noun only qualifies the person noun that ends the phrase.
    private static bool ProductAppositive(string text, Token t)
    {
        int p = t.End;
        if (p + 1 >= text.Length || text[p] != ',' || text[p + 1] != ' ') return false;
        var rest = text.AsSpan(p + 2);
        if (rest.StartsWith("an ", StringComparison.Ordinal)) rest = rest[3..];
        else if (rest.StartsWith("a ", StringComparison.Ordinal)) rest = rest[2..];
        else return false;

        bool product = false;
        for (int w = 0; w <= MaxNounWords + 1; w++)
        {
            int end = 0;
            while (end < rest.Length && (char.IsLetter(rest[end]) || rest[end] == '-')) end++;
            if (end == 0) return product; // a comma, a full stop, the end: the phrase ended on the last word
            string word = rest[..end].ToString();
            if (word == "AI" || (word != "ai" && Nouns.Contains(word))) product = true;
            else if (PersonNouns.Contains(word.ToLowerInvariant())) return false;
            // "an AI assistant", "an AI model" stay the product; "system built by", "chatbot that" end it; not "software engineer".
            else if (product && !HumanToo.Contains(word)) return EndsNounPhrase(word);
            rest = rest[end..];
            // "an AI startup's founder": the phrase goes on to whoever the possessive owns.
            if (!rest.IsEmpty && rest[0] is '\'' or '’') return false;
            if (rest.IsEmpty || rest[0] != ' ') return product;
            rest = rest[1..];
        }
        return false;
    }

    // A word after a product noun that starts something else than the noun phrase: a function word, a participle, a name.
    private static bool EndsNounPhrase(string word) =>
        (char.IsUpper(word[0]) && !word.All(char.IsUpper)) || FunctionWords.Contains(word) || Participles.Contains(word)
        || word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4;

    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "built", "made", "run", "written", "known", "sold", "taught", "bought", "grown", "given", "set", "put", "kept", "meant",
    };

    // People's nouns a product noun may qualify ("a software engineer", "an AI researcher", "a platform manager").
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "engineer", "developer", "architect", "administrator", "analyst", "designer", "manager", "consultant", "officer",
        "executive", "researcher", "scientist", "specialist", "expert", "programmer", "tester", "technician", "operator",
        "director", "head", "chief", "lead", "worker", "user", "entrepreneur", "founder", "investor", "trainer", "instructor",
        "professor", "student", "reviewer", "journalist", "writer", "reporter", "editor", "critic", "coordinator", "owner",
        "ethicist", "economist", "lawyer", "salesman", "saleswoman", "salesperson", "staffer", "employee",
        "ceo", "cto", "cfo", "coo", "cio", "vp", "phd", "qa", "pm",
    };

    // "BrightU.AI's Enoch": the name owned by a firm whose name is an ".ai" web address.
    private static bool OwnedByAiFirm(string text, IReadOnlyList<Token> tokens, int i) =>
        i > 0 && !tokens[i].IsPossessive && tokens[i - 1].IsPossessive
        && tokens[i - 1].Bare.EndsWith(".ai", StringComparison.OrdinalIgnoreCase) && Tokenizer.Joined(text, tokens, i - 1, i);
}
