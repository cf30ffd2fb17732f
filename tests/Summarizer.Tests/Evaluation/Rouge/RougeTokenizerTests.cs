using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

/// <summary>
/// The tokenizer of google-research/google-research rouge/tokenize.py: lowercase, replace runs of characters
/// outside [a-z0-9] with a space, split on whitespace, drop empty tokens, stem only tokens longer than 3 characters.
/// Expected token lists are derived by hand from that definition; stems are NLTK's (see PorterStemmerTests).
/// </summary>
public class RougeTokenizerTests
{
    [Fact]
    public void Tokenize_LowercasesAndSplitsOnNonAlphanumerics()
    {
        var tokens = new RougeTokenizer(useStemmer: false).Tokenize("  Hello, WORLD!\tIt's 2024-05-01...\n\nBye ");
        Assert.Equal(["hello", "world", "it", "s", "2024", "05", "01", "bye"], tokens);
    }

    [Fact]
    public void Tokenize_NonAsciiLettersAreSeparators()
    {
        // 'é' and 'ß' are not in [a-z0-9] even after lowercasing, so they split words.
        var tokens = new RougeTokenizer(false).Tokenize("Café Straße naïve");
        Assert.Equal(["caf", "stra", "e", "na", "ve"], tokens);
    }

    [Fact]
    public void Tokenize_EmptyAndPunctuationOnly_GiveNoTokens()
    {
        var tokenizer = new RougeTokenizer(true);
        Assert.Empty(tokenizer.Tokenize(""));
        Assert.Empty(tokenizer.Tokenize(" /-- ... \n "));
    }

    [Fact]
    public void Tokenize_StemsOnlyTokensLongerThanThreeCharacters()
    {
        // Stemmed alone, "oed" -> "o" and "spy" -> "spi" (nltk test_stem.py / porter.py), but they are only
        // three characters long, so rouge-score leaves them as they are; "dies" (4) -> "die", "Skies" -> "sky".
        var tokens = new RougeTokenizer(true).Tokenize("OED spy dies Skies");
        Assert.Equal(["oed", "spy", "die", "sky"], tokens);
    }

    [Fact]
    public void Tokenize_WithoutStemmer_KeepsWords()
    {
        var tokens = new RougeTokenizer(false).Tokenize("dies Skies");
        Assert.Equal(["dies", "skies"], tokens);
    }

    [Fact]
    public void Tokenize_HandlesTokensLongerThanTheStackBuffer()
    {
        var longWord = new string('a', 300) + new string('b', 300);
        var tokens = new RougeTokenizer(false).Tokenize($"x {longWord} y");
        Assert.Equal(["x", longWord, "y"], tokens);
    }
}
