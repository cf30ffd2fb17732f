using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>Whether punctuation that ends a clause stands between two words of one text ("After his Paris win, Djokovic").</summary>
internal static class ClauseBreak
{
    private const string Marks = ",;:—–()";
    private const string MarksAndQuotes = ",;:—–()\"“”";

    /// <summary>
    /// True when the text between <paramref name="before"/> and <paramref name="after"/> holds a clause break; with
    /// <paramref name="orQuote"/>, a quote mark counts too (a speaker's name never runs across one).
    /// </summary>
    public static bool Between(string text, WordToken before, WordToken after, bool orQuote = false) =>
        after.Start > before.End && text.AsSpan(before.End, after.Start - before.End).IndexOfAny(orQuote ? MarksAndQuotes : Marks) >= 0;
}
