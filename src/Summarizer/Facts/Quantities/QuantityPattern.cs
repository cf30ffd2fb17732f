using System.Text.RegularExpressions;

namespace Summarizer.Facts.Quantities;

/// <summary>The source-generated pattern for a number with its qualifier, currency, multiplier, range and percent sign.</summary>
internal static partial class QuantityPattern
{
    private const string Number =
        @"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?" +
        @"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?" +
        @"|hundreds\s+of\s+thousands|tens\s+of\s+thousands|a\s+few\s+hundred|a\s+few\s+thousand|a\s+dozen|a\s+hundred|a\s+thousand" +
        @"|dozens|hundreds|thousands|millions|billions" +
        @"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen" +
        @"|one|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s+hundred\b)?)";

    private const string Multiplier = @"(?:\s*(?:thousand|million|billion|trillion)\b|(?:k|bn|mn|m)\b)";

    private const string Pattern =
        @"(?<![\p{L}\p{N}.,\-/:])" +
        @"(?:(?<qual>at\s+least|at\s+most|no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|less\s+than|fewer\s+than|more\s+than|up\s+to|as\s+many\s+as|close\s+to|upwards\s+of|in\s+excess\s+of|an\s+estimated|just\s+over|just\s+under|nearly|almost|about|around|roughly|approximately|some|over|under|exactly)\s+)?" +
        @"(?<between>between\s+)?" +
        @"(?<cur>US\$|\$|€|£)?" +
        @"(?<num>" + Number + @")(?<mult>" + Multiplier + @")?" +
        @"(?:\s*(?:to|–|—|-|(?(between)and|(?!)))\s*(?:US\$|\$|€|£)?(?<num2>" + Number + @")(?<mult2>" + Multiplier + @")?)?" +
        @"(?<pct>\s*%|\s+per\s*cent\b|\s+percent\b)?" +
        @"(?:-(?<hunit>\p{L}+))?";

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex Quantity();

    [GeneratedRegex(@"\G[\s""“”'‘’«»]*(?<w>[\p{L}][\p{L}\-]*)")]
    public static partial Regex NextWord();
}
