using System.Text.Json;
using System.Text.RegularExpressions;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Verification;

/// <summary>
/// Library side of <c>summarizer verify &lt;article-file&gt; &lt;summary-file&gt;</c>: reads the article like any input,
/// reads the summary as <see cref="StructuredSummary"/> JSON (camelCase, as the pipeline writes it) when it parses
/// as one, and otherwise as plain text or markdown written by a person, and returns the verdict.
/// </summary>
public sealed partial class SummaryFileVerifier(IFactExtractor extractor, ISummaryVerifier verifier, ArticleOptions options)
{
    // The same options the pipeline writes with: enums as strings, camelCase.
    private static readonly JsonSerializerOptions Json = SummaryJson.Options;

    public SummaryFileVerifier() : this(new FactExtractor(), new SummaryVerifier(), new ArticleOptions()) { }

    /// <summary>Verifies the files; throws <see cref="InvalidDataException"/> with the reason when the article cannot be read.</summary>
    public async Task<Verdict> VerifyFilesAsync(string articlePath, string summaryPath, CancellationToken cancellationToken = default)
    {
        var outcomes = await new ArticleFileReader(options).ReadFileAsync(articlePath, cancellationToken);
        var raw = outcomes.FirstOrDefault(o => o.Article is not null)?.Article
            ?? throw new InvalidDataException($"{articlePath}: {outcomes.FirstOrDefault()?.Error ?? "no article"}");
        var article = new ArticleFactory(options).TryCreate(raw, out var error) ?? throw new InvalidDataException($"{articlePath}: {error}");
        string content = await File.ReadAllTextAsync(summaryPath, cancellationToken);
        return Verify(article, content);
    }

    /// <summary>Verifies summary content (JSON or text) against an article already read.</summary>
    public Verdict Verify(Article article, string summaryContent)
    {
        var facts = extractor.Extract(article);
        return TryParseStructured(summaryContent) is { } summary
            ? verifier.Verify(article, facts, summary)
            : verifier.VerifyText(article, facts, StripMarkdown(summaryContent ?? ""));
    }

    /// <summary>The structured summary, or null when the content is not one (then it is read as prose).</summary>
    public static StructuredSummary? TryParseStructured(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.TrimStart()[0] != '{') return null;
        try { return JsonSerializer.Deserialize<StructuredSummary>(content, Json); }
        catch (JsonException) { return null; }
    }

    /// <summary>Markdown to prose: headings, list markers, emphasis, code marks and link targets removed; each list item becomes a sentence.</summary>
    public static string StripMarkdown(string text)
    {
        string s = Link().Replace(text, "$1");
        s = LinePrefix().Replace(s, "");
        s = Emphasis().Replace(s, "");
        return ListItemEnd().Replace(s, "$1.\n");
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", RegexOptions.Multiline)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"\*\*|__|`+|(?<![\p{L}\d])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\d])")]
    private static partial Regex Emphasis();

    // A list item without final punctuation would run into the next one when sentences are split.
    [GeneratedRegex(@"([\p{L}\d%”""’)])[ \t]*\n")]
    private static partial Regex ListItemEnd();
}
