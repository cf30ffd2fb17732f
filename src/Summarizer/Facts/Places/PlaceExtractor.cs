using System.Collections;
using Summarizer.Articles;
using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;

namespace Summarizer.Facts.Places;

/// <summary>
/// Places: gazetteer phrases (countries and their aliases, capitals, regions), capitalised phrases ending in a
/// place word ("Donetsk Oblast") or in a building after a possessive ("St Mary's Hospital"), and name-like phrases
/// after "in"/"at" that are nobody's name, nobody's premises and nothing WordNet knows as other than a place.
/// Text already taken by organisations and people is skipped ("New York Times" is not New York).
/// </summary>
internal static class PlaceExtractor
{
    public static List<NamedFact> Extract(Article article, IReadOnlyList<Token> tokens, BitArray taken)
    {
        string text = article.Text;
        var collector = new NamedCollector(article, (BitArray)taken.Clone());
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCap) continue;
            int j = LongestPlace(text, tokens, i, out var name);
            if (j >= 0) { collector.Add(name!, tokens[i].Start, tokens[j].Start + tokens[j].Bare.Length); i = j; continue; }
            bool afterPreposition = i > 0 && tokens[i - 1].Text is "in" or "at" && Tokenizer.OnlySpaces(text, tokens[i - 1].End, tokens[i].Start);
            int last = i;
            bool venue = false;
            while (last + 1 < tokens.Count && last - i < 2 && NameShape.IsNameLike(tokens[last + 1])
                   && Tokenizer.OnlySpaces(text, tokens[last].End, tokens[last + 1].Start))
            {
                // A possessive ends the name ("Britain's capital") unless a building named after it follows ("St Mary's Hospital").
                if (tokens[last].IsPossessive && !(venue = PlaceNames.IsVenue(tokens[last + 1].Bare))) break;
                last++;
            }
            bool cue = last > i && (PlaceNames.IsCue(tokens[last].Bare) || venue);
            if (cue || (afterPreposition && NameShape.IsNameLike(tokens[i]) && AllNameLike(tokens, i, last) && !IsPremises(text, tokens, i, last, venue)
                        && !IsOtherThanPlace(tokens, i, last)))
            {
                int end = tokens[last].Start + tokens[last].Bare.Length;
                collector.Add(text[tokens[i].Start..end], tokens[i].Start, end);
                i = last;
            }
        }
        return collector.ToFacts();
    }

    /// <summary>
    /// What follows "in" or "at" without naming a place: a person ("at Greg Tansey", a given name and more), or a phrase
    /// every sense of which WordNet has as an abstraction: a language, a time, an act, an idea ("in Arabic", "in
    /// Childhood", "in Action", "at Christmas"). A phrase WordNet does not know, or knows as a thing too ("Derby", also a
    /// hat), may be a place.
    /// </summary>
    private static bool IsOtherThanPlace(IReadOnlyList<Token> tokens, int first, int last)
    {
        // A given name alone may be a place ("in Virginia", "in Charlotte"); before a surname it is a person.
        if (last > first && FirstNames.Contains(tokens[first].Bare)) return true;
        if (Verification.Lexicon.WordNetLookup.Shared is not { } wordNet) return false;
        string phrase = string.Join('_', Enumerable.Range(first, last - first + 1).Select(k => tokens[k].Lower));
        // A phrase WordNet does not know that ends in the plural of an abstract noun is a title ("Star Wars"), not a place
        // ("Palm Springs": a spring is a thing too).
        if (last > first && wordNet.AllSensesUnder(phrase, "entity") is null && CommonNouns.IsAbstractPlural(tokens[last].Lower)) return true;
        // A battle is named after its place ("Tewkesbury"), so a phrase WordNet knows only as one may still be the place.
        return wordNet.AllSensesUnder(phrase, "abstraction") == true && wordNet.AllSensesUnder(phrase, "military_action") != true;
    }

    /// <summary>
    /// "at McDonald's", "at Kessler's and then home": a possessive that owns nothing written after it stands for the
    /// owner's shop or home, named after a firm or a person, not a place ("in Tewkesbury's old quarter" is the town).
    /// Never a saint's name ("in St John's, the capital of Newfoundland", "at St Thomas'") or a name the place lexicons
    /// know. ("in Disney's "Lady and the Tramp"" and "in Faruku Miya's through ball" own a title or a thing: after "in"
    /// too, a possessive names no place.)
    /// </summary>
    private static bool IsPremises(string text, IReadOnlyList<Token> tokens, int first, int last, bool venue) =>
        tokens[last].IsPossessive && !venue
        && tokens[first].Bare.TrimEnd('.') is not ("St" or "Saint" or "Ste")
        && PlaceNames.Canonical(text.AsSpan(tokens[first].Start, tokens[last].Start + tokens[last].Bare.Length - tokens[first].Start)) is null
        && (last + 1 >= tokens.Count || !Tokenizer.OnlySpaces(text, tokens[last].End, tokens[last + 1].Start) || Words.IsFunction(tokens[last + 1].Lower));

    private static bool AllNameLike(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k <= to; k++) if (!NameShape.IsNameLike(tokens[k])) return false;
        return true;
    }

    private static int LongestPlace(string text, IReadOnlyList<Token> tokens, int i, out string? name)
    {
        for (int j = Math.Min(tokens.Count - 1, i + PlaceNames.MaxTokens - 1); j >= i; j--)
        {
            if (!Tokenizer.Joined(text, tokens, i, j)) continue;
            name = PlaceNames.Canonical(text.AsSpan(tokens[i].Start, tokens[j].Start + tokens[j].Bare.Length - tokens[i].Start));
            if (name is not null) return j;
        }
        name = null;
        return -1;
    }
}
