using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer with the behaviour of NLTK's <c>PorterStemmer</c> in its
/// default <c>NLTK_EXTENSIONS</c> mode, which is what Google's <c>rouge-score</c> package uses when
/// <c>use_stemmer=True</c>. Independent implementation written from the published algorithm and the
/// documented NLTK departures:
/// <list type="bullet">
/// <item>a small table of irregular forms (e.g. <c>dying</c> → <c>die</c>, <c>skies</c> → <c>sky</c>) bypasses the algorithm;</item>
/// <item>words of one or two characters are returned unchanged (lowercased);</item>
/// <item>step 1a: four-letter <c>-ies</c> words keep <c>ie</c> (<c>dies</c> → <c>die</c>);</item>
/// <item>step 1b: <c>-ied</c> becomes <c>ie</c> (four-letter words) or <c>i</c>;</item>
/// <item>step 1c: <c>y</c> → <c>i</c> only after a consonant that is not the first letter;</item>
/// <item>step 2: <c>-alli</c> is handled first and re-run through step 2; <c>-bli</c> → <c>-ble</c>;
/// extra rules <c>-fulli</c> → <c>-ful</c> and <c>-logi</c> → <c>-log</c> (measure taken with the <c>l</c>);</item>
/// <item>condition *o also holds for a two-letter vowel–consonant stem.</item>
/// </list>
/// Results are cached in a thread-safe dictionary; instances are safe to share between threads.
/// </summary>
public sealed class PorterStemmer
{
    private static readonly FrozenDictionary<string, string> IrregularForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sky"] = "sky",
        ["skies"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["news"] = "news",
        ["innings"] = "inning",
        ["inning"] = "inning",
        ["outings"] = "outing",
        ["outing"] = "outing",
        ["cannings"] = "canning",
        ["canning"] = "canning",
        ["howe"] = "howe",
        ["proceed"] = "proceed",
        ["exceed"] = "exceed",
        ["succeed"] = "succeed",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly int _maxCacheEntries;

    /// <summary>Creates a stemmer whose cache holds at most <paramref name="maxCacheEntries"/> words.</summary>
    /// <param name="maxCacheEntries">Upper bound of cached words; further words are stemmed without being cached.</param>
    public PorterStemmer(int maxCacheEntries = 1_000_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCacheEntries);
        _maxCacheEntries = maxCacheEntries;
    }

    /// <summary>Number of words currently cached.</summary>
    public int CachedCount => _cache.Count;

    /// <summary>
    /// Stems <paramref name="word"/>. Like NLTK, the word is lowercased (invariant culture) first; the irregular-form
    /// table is consulted with the word as given.
    /// </summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = StemUncached(word);
        if (_cache.Count < _maxCacheEntries)
        {
            _cache.TryAdd(word, stem);
        }

        return stem;
    }

    private static string StemUncached(string word)
    {
        var lower = word.ToLowerInvariant();

        // NLTK looks the *original* word up in the irregular table, then returns the entry for the lowercased one.
        if (IrregularForms.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length <= 2)
        {
            return lower;
        }

        var s = Step1A(lower);
        s = Step1B(s);
        s = Step1C(s);
        s = Step2(s);
        s = Step3(s);
        s = Step4(s);
        s = Step5A(s);
        s = Step5B(s);
        return s;
    }

    // ---- primitives -------------------------------------------------------------------------

    /// <summary>True when <c>w[i]</c> is a consonant in Porter's sense (y after a consonant is a vowel).</summary>
    private static bool IsConsonant(ReadOnlySpan<char> w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        // y is a consonant at the start of a word or after a vowel.
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>Porter's measure m: the number of vowel→consonant transitions in the stem.</summary>
    private static int Measure(ReadOnlySpan<char> stem)
    {
        var m = 0;
        var previousWasVowel = false;
        for (var i = 0; i < stem.Length; i++)
        {
            var consonant = IsConsonant(stem, i);
            if (consonant && previousWasVowel)
            {
                m++;
            }

            previousWasVowel = !consonant;
        }

        return m;
    }

    private static bool ContainsVowel(ReadOnlySpan<char> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsDoubleConsonant(ReadOnlySpan<char> w) =>
        w.Length >= 2 && w[^1] == w[^2] && IsConsonant(w, w.Length - 1);

    /// <summary>Condition *o: ends consonant–vowel–consonant with the last not w/x/y; or (NLTK) is a two-letter vowel–consonant word.</summary>
    private static bool EndsCvc(ReadOnlySpan<char> w)
    {
        if (w.Length >= 3
            && IsConsonant(w, w.Length - 3)
            && !IsConsonant(w, w.Length - 2)
            && IsConsonant(w, w.Length - 1)
            && w[^1] is not ('w' or 'x' or 'y'))
        {
            return true;
        }

        return w.Length == 2 && !IsConsonant(w, 0) && IsConsonant(w, 1);
    }

    private static bool PositiveMeasure(ReadOnlySpan<char> stem) => Measure(stem) > 0;

    private static bool MeasureAboveOne(ReadOnlySpan<char> stem) => Measure(stem) > 1;

    private static string Replace(string word, int suffixLength, string replacement) =>
        string.Concat(word.AsSpan(0, word.Length - suffixLength), replacement);

    // ---- steps ------------------------------------------------------------------------------

    private static string Step1A(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length == 4)
        {
            return Replace(w, 3, "ie");
        }

        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return Replace(w, 4, "ss");
        }

        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            return Replace(w, 3, "i");
        }

        if (w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w;
        }

        if (w.EndsWith('s'))
        {
            return w[..^1];
        }

        return w;
    }

    private static string Step1B(string w)
    {
        if (w.EndsWith("ied", StringComparison.Ordinal))
        {
            return Replace(w, 3, w.Length == 4 ? "ie" : "i");
        }

        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            return PositiveMeasure(w.AsSpan(0, w.Length - 3)) ? Replace(w, 3, "ee") : w;
        }

        string? stem = null;
        if (w.EndsWith("ed", StringComparison.Ordinal) && ContainsVowel(w.AsSpan(0, w.Length - 2)))
        {
            stem = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && ContainsVowel(w.AsSpan(0, w.Length - 3)))
        {
            stem = w[..^3];
        }

        if (stem is null)
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal)
            || stem.EndsWith("bl", StringComparison.Ordinal)
            || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (EndsDoubleConsonant(stem))
        {
            // (*d and not (*L or *S or *Z)) -> single letter; otherwise leave the stem as it is.
            return stem[^1] is 'l' or 's' or 'z' ? stem : stem[..^1];
        }

        if (Measure(stem) == 1 && EndsCvc(stem))
        {
            return stem + "e";
        }

        return stem;
    }

    private static string Step1C(string w)
    {
        if (w.Length > 2 && w[^1] == 'y' && IsConsonant(w, w.Length - 2))
        {
            return Replace(w, 1, "i");
        }

        return w;
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"),
        ("tional", "tion"),
        ("enci", "ence"),
        ("anci", "ance"),
        ("izer", "ize"),
        ("bli", "ble"),
        ("alli", "al"),
        ("entli", "ent"),
        ("eli", "e"),
        ("ousli", "ous"),
        ("ization", "ize"),
        ("ation", "ate"),
        ("ator", "ate"),
        ("alism", "al"),
        ("iveness", "ive"),
        ("fulness", "ful"),
        ("ousness", "ous"),
        ("aliti", "al"),
        ("iviti", "ive"),
        ("biliti", "ble"),
        ("fulli", "ful"),
    ];

    private static string Step2(string w)
    {
        if (w.EndsWith("alli", StringComparison.Ordinal) && PositiveMeasure(w.AsSpan(0, w.Length - 4)))
        {
            return Step2(Replace(w, 4, "al"));
        }

        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return PositiveMeasure(w.AsSpan(0, w.Length - suffix.Length)) ? Replace(w, suffix.Length, replacement) : w;
            }
        }

        if (w.EndsWith("logi", StringComparison.Ordinal))
        {
            // The 'l' stays with the stem when measuring, so short stems such as "geo" qualify.
            return PositiveMeasure(w.AsSpan(0, w.Length - 3)) ? Replace(w, 4, "log") : w;
        }

        return w;
    }

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"),
        ("ative", ""),
        ("alize", "al"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
    ];

    private static string Step3(string w)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return PositiveMeasure(w.AsSpan(0, w.Length - suffix.Length)) ? Replace(w, suffix.Length, replacement) : w;
            }
        }

        return w;
    }

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
        "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    private static string Step4(string w)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = w.AsSpan(0, w.Length - suffix.Length);
            var ok = MeasureAboveOne(stem);
            if (ok && suffix == "ion")
            {
                ok = stem[^1] is 's' or 't';
            }

            return ok ? stem.ToString() : w;
        }

        return w;
    }

    private static string Step5A(string w)
    {
        if (!w.EndsWith('e'))
        {
            return w;
        }

        var stem = w.AsSpan(0, w.Length - 1);
        var m = Measure(stem);
        if (m > 1 || (m == 1 && !EndsCvc(stem)))
        {
            return stem.ToString();
        }

        return w;
    }

    private static string Step5B(string w)
    {
        if (w.EndsWith("ll", StringComparison.Ordinal) && MeasureAboveOne(w.AsSpan(0, w.Length - 1)))
        {
            return w[..^1];
        }

        return w;
    }
}
