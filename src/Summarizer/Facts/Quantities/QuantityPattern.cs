using System.Text.RegularExpressions;

namespace Summarizer.Facts.Quantities;

/// <summary>The source-generated pattern for a number with its qualifier, currency, multiplier, range and percent sign.</summary>
internal static partial class QuantityPattern
{
    private const string Number =
        @"(?:\d{1,3}(?:[,\u066C]\d{3})+(?:[.\u066B]\d+)?|" + ForeignNumbers.DecimalCommaPattern + @"|\d+(?:[.\u066B]\d+)?|" + ForeignNumbers.NumberPattern + @"" +
        @"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?" +
        @"|hundreds\s+of\s+thousands|tens\s+of\s+thousands|a\s+few\s+hundred|a\s+few\s+thousand|a\s+dozen|a\s+hundred|a\s+thousand" +
        @"|dozens|hundreds|thousands|millions|billions" +
        @"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen" +
        @"|one|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s+hundred\b)?)";

    private const string Multiplier = @"(?:\s*(?:thousand|million|billion|trillion)\b|(?:k|bn|mn|m)\b|" + ForeignNumbers.MultiplierPattern + ")";

    private const string Pattern =
        @"(?<![\p{L}\p{N}.,\-/:])" +
        @"(?:(?<qual>at\s+least|at\s+most|no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|less\s+than|fewer\s+than|more\s+than|up\s+to|as\s+many\s+as|close\s+to|upwards\s+of|in\s+excess\s+of|an\s+estimated|just\s+over|just\s+under|nearly|almost|about|around|roughly|approximately|some|over|under|exactly)\s+)?" +
        @"(?<between>between\s+)?" +
        @"(?<cur>US\$|\$|€|£)?" +
        @"(?<num>" + Number + @")(?<mult>" + Multiplier + @")?" +
        @"(?:\s*(?:to|–|—|-|(?(between)and|(?!)))\s*(?:US\$|\$|€|£)?(?<num2>" + Number + @")(?<mult2>" + Multiplier + @")?)?" +
        @"(?:(?<pct>\s*%|\s+per\s*cent\b|\s+percent\b|" + ForeignNumbers.PercentPattern + ")|(?<fcur>" + ForeignNumbers.CurrencyPattern + "))?" +
        @"(?:-(?<hunit>\p{L}+))?";

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex Quantity();

    /// <summary><see cref="Quantity"/> anchored at the start position, for <see cref="Text.AnchoredMatches"/>.</summary>
    [GeneratedRegex(@"\G" + Pattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex QuantityAt();

    /// <summary>Every word a match can open with: qualifiers, "between", "US$" and number words.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords = Text.AnchoredMatches.Lookup(
        "at", "no", "less", "fewer", "more", "up", "as", "close", "upwards", "in", "an", "just", "nearly", "almost", "about",
        "around", "roughly", "approximately", "some", "over", "under", "exactly", "between", "us", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundreds", "tens", "a", "dozens", "thousands", "millions",
        "billions", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "مليون", "مليار", "ألف");

    /// <summary>
    /// A superset of where <see cref="Quantity"/> can start: exactly its leading lookbehind (no letter, number or
    /// ".,-/:" before), then a digit, a currency sign or one of <see cref="FirstWords"/>.
    /// </summary>
    public static bool CanStart(string text, int p)
    {
        if (p >= text.Length) return false;
        if (p > 0)
        {
            char c = text[p - 1];
            if (char.IsLetter(c) || char.IsNumber(c) || c is '.' or ',' or '-' or '/' or ':') return false;
        }
        char first = text[p];
        return char.IsDigit(first) || first is '$' or '€' or '£' || Text.AnchoredMatches.FirstWordIn(text, p, FirstWords);
    }

    [GeneratedRegex(@"\G[\s""“”'‘’«»]*(?<w>[\p{L}][\p{L}\-]*)")]
    public static partial Regex NextWord();
}
