using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

/// <summary>
/// Word → stem pairs for NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode (the mode rouge-score uses).
/// Every pair is carried over from the nltk/nltk repository; the source file is named on each data set.
/// </summary>
public class PorterStemmerTests
{
    private static readonly PorterStemmer Stemmer = new();

    /// <summary>nltk/nltk, nltk/test/stem.doctest ("Test the stemmer on various pluralised words").</summary>
    public static TheoryData<string, string> DoctestPairs => new()
    {
        { "caresses", "caress" },
        { "flies", "fli" },
        { "dies", "die" },       // NLTK extension: four-letter -ies keeps "ie" (original algorithm: "di")
        { "mules", "mule" },
        { "denied", "deni" },
        { "died", "die" },       // NLTK extension: four-letter -ied keeps "ie"
        { "agreed", "agre" },
        { "owned", "own" },
        { "humbled", "humbl" },
        { "sized", "size" },
        { "meeting", "meet" },
        { "stating", "state" },
        { "siezing", "siez" },
        { "itemization", "item" },
        { "sensational", "sensat" },
        { "traditional", "tradit" },
        { "reference", "refer" },
        { "colonizer", "colon" },
        { "plotted", "plot" },
    };

    /// <summary>
    /// nltk/nltk, nltk/stem/porter.py: the NLTK_EXTENSIONS table of irregular forms, which bypasses the algorithm
    /// (e.g. the plain algorithm would give "dy" for "dying").
    /// </summary>
    public static TheoryData<string, string> IrregularForms => new()
    {
        { "sky", "sky" },
        { "skies", "sky" },
        { "dying", "die" },
        { "lying", "lie" },
        { "tying", "tie" },
        { "news", "news" },
        { "innings", "inning" },
        { "inning", "inning" },
        { "outings", "outing" },
        { "outing", "outing" },
        { "cannings", "canning" },
        { "canning", "canning" },
        { "howe", "howe" },
        { "proceed", "proceed" },
        { "exceed", "exceed" },
        { "succeed", "succeed" },
    };

    /// <summary>
    /// nltk/nltk, nltk/stem/porter.py: examples given in the comments of the NLTK_EXTENSIONS departures
    /// (step 1a "'flies'->'fli' but 'dies'->'die'", step 1b "'spied'->'spi' but 'died'->'die'", step 1c
    /// "'happy' -> 'happi', but 'enjoy' -> 'enjoy'" and "'spy', 'fly', 'try' ... stem to 'spi', 'fli', 'tri'").
    /// </summary>
    public static TheoryData<string, string> ExtensionExamples => new()
    {
        { "spied", "spi" },
        { "happy", "happi" },
        { "enjoy", "enjoy" },   // original algorithm: "enjoi"
        { "spy", "spi" },       // original algorithm: "spy" (no vowel before the y)
        { "fly", "fli" },
        { "try", "tri" },
    };

    /// <summary>nltk/nltk, nltk/test/unit/test_stem.py (test_oed_bug, test_lowercase_option).</summary>
    public static TheoryData<string, string> UnitTestPairs => new()
    {
        { "oed", "o" },
        { "On", "on" },
        { "I", "i" },
        { "Github", "github" },
    };

    [Theory]
    [MemberData(nameof(DoctestPairs))]
    [MemberData(nameof(IrregularForms))]
    [MemberData(nameof(ExtensionExamples))]
    [MemberData(nameof(UnitTestPairs))]
    public void Stem_MatchesNltk(string word, string expected) => Assert.Equal(expected, Stemmer.Stem(word));

    [Fact]
    public void Stem_IsCachedAndThreadSafe()
    {
        var stemmer = new PorterStemmer();
        var words = DoctestPairs.Select(row => ((string)row[0], (string)row[1])).ToArray();
        Parallel.For(0, 200, i =>
        {
            var (word, stem) = words[i % words.Length];
            Assert.Equal(stem, stemmer.Stem(word));
        });
        Assert.Equal(words.Length, stemmer.CachedCount);
    }

    [Fact]
    public void Stem_RespectsCacheBound()
    {
        var stemmer = new PorterStemmer(maxCacheEntries: 2);
        Assert.Equal("caress", stemmer.Stem("caresses"));
        Assert.Equal("fli", stemmer.Stem("flies"));
        Assert.Equal("die", stemmer.Stem("dies"));
        Assert.Equal(2, stemmer.CachedCount);
        Assert.Equal("die", stemmer.Stem("dies"));
    }
}
