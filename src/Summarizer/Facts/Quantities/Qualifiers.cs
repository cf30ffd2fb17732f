namespace Summarizer.Facts.Quantities;

/// <summary>How a qualifier bounds a number.</summary>
internal enum QualifierClass
{
    Exact,
    AtLeast,
    AtMost,
    Approximate,
    Vague,
}

/// <summary>Maps qualifier phrases to their class, so "more than" and "over" (both lower bounds) compare equal.</summary>
internal static class Qualifiers
{
    private static readonly char[] Blanks = [' ', '\t', '\n', '\u00A0'];

    public static QualifierClass Classify(string? qualifier) => Normalize(qualifier) switch
    {
        null or "" or "exactly" or "precisely" => QualifierClass.Exact,
        "at least" or "more than" or "over" or "upwards of" or "in excess of" or "no fewer than" or "just over" or "no less than" => QualifierClass.AtLeast,
        "less than" or "fewer than" or "up to" or "under" or "at most" or "no more than" or "as many as" or "just under" => QualifierClass.AtMost,
        "dozens" or "hundreds" or "thousands" or "millions" or "billions" or "tens of thousands" or "hundreds of thousands"
            or "a few hundred" or "a few thousand" => QualifierClass.Vague,
        _ => QualifierClass.Approximate,
    };

    public static string? Normalize(string? qualifier) =>
        qualifier is null ? null : string.Join(' ', qualifier.ToLowerInvariant().Split(Blanks, StringSplitOptions.RemoveEmptyEntries));
}
