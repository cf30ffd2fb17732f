namespace Summarizer.Facts.Quantities;

/// <summary>
/// The words German and Arabic articles write figures with: multipliers ("5 Millionen", "1,2 Mrd.", "٥ ملايين"),
/// currencies ("Euro", "دولار"), percent ("Prozent", "في المئة") and Arabic-Indic digits ("٣٫٥"). English figures never
/// use them, so English reads as before.
/// </summary>
internal static class ForeignNumbers
{
    /// <summary>Multipliers after a number, for <see cref="QuantityPattern"/> (longest first).</summary>
    public const string MultiplierPattern =
        @"\s*(?:Millionen|Milliarden|Milliarde|Mio\.|Mrd\.|Mio|Mrd|Tausend|ملايين|مليون|مليارات|مليار|آلاف|ألف)(?![\p{L}\p{M}])";

    /// <summary>Arabic number words that are a figure alone ("مليون دولار", a million dollars).</summary>
    public const string NumberPattern = @"(?:مليون|مليار|ألف)(?![\p{L}\p{M}])";

    /// <summary>Percent after a number: "3,5 Prozent", "٣٫٥ في المئة", "٪".</summary>
    public const string PercentPattern = @"\s*٪|\s+Prozent\b|\s+(?:في\s+)?(?:المئة|المائة)(?![\p{L}\p{M}])|\s+بال(?:مئة|مائة)(?![\p{L}\p{M}])";

    /// <summary>A currency written after a number: "5 Millionen Euro", "٥ ملايين دولار"; not "Euro zone".</summary>
    public const string CurrencyPattern = @"\s+(?:US-Dollar|Dollar|Euro|Pfund|دولار|يورو|جنيه)(?![\p{L}\p{M}]|[\s-]*zone)";

    /// <summary>A German decimal comma, read only before a multiplier, percent or currency ("3,5 Prozent", "1,2 Milliarden").</summary>
    public const string DecimalCommaPattern =
        @"\d+,\d{1,2}(?=\s*(?:%|٪|Prozent|Millionen|Milliarden|Milliarde|Mio|Mrd|Tausend|Euro|Dollar|US-Dollar|Pfund)(?![\p{L}]))";

    public static double? Multiplier(string word) => word.TrimEnd('.') switch
    {
        "tausend" or "ألف" or "آلاف" => 1e3,
        "millionen" or "mio" or "مليون" or "ملايين" => 1e6,
        "milliarde" or "milliarden" or "mrd" or "مليار" or "مليارات" => 1e9,
        _ => null,
    };

    /// <summary>The value of an Arabic number word standing alone, or null.</summary>
    public static double? Word(string word) => word switch
    {
        "ألف" => 1e3,
        "مليون" => 1e6,
        "مليار" => 1e9,
        _ => null,
    };

    /// <summary>"EUR", "USD" or "GBP" for a currency word after a number.</summary>
    public static string Currency(string word) => word.Trim() switch
    {
        "Euro" or "يورو" => "EUR",
        "Pfund" or "جنيه" => "GBP",
        _ => "USD",
    };

    /// <summary>
    /// Arabic-Indic and Persian digits as ASCII, the Arabic decimal and thousands separators as "." and ",", and a
    /// decimal comma ("3,5": one or two digits after the last comma, which English thousands never have) as a point.
    /// </summary>
    public static string Normalize(string number)
    {
        var chars = number.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c is >= '\u0660' and <= '\u0669') chars[i] = (char)('0' + (c - '\u0660'));
            else if (c is >= '\u06F0' and <= '\u06F9') chars[i] = (char)('0' + (c - '\u06F0'));
            else if (c == '\u066B') chars[i] = '.';
            else if (c == '\u066C') chars[i] = ',';
        }
        string n = new(chars);
        int comma = n.LastIndexOf(',');
        return comma > 0 && n.Length - comma - 1 is 1 or 2 && !n.Contains('.') && n[(comma + 1)..].All(char.IsAsciiDigit) ? n[..comma].Replace(",", "") + "." + n[(comma + 1)..] : n;
    }
}
