namespace Summarizer.Articles.Sentences;

/// <summary>Whether a text is written without capitals (lower-cased corpora, some model output), where case says nothing about sentence starts or names.</summary>
public static class Casing
{
    /// <summary>True when the text has letters and at most one in two hundred of them is a capital.</summary>
    public static bool IsUncased(string text)
    {
        int letters = 0, upper = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 20 && upper * 200 <= letters;
    }
}
