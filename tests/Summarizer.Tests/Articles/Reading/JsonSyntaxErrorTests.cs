using System.Text;
using Summarizer.Articles;
using Summarizer.Articles.Reading;

namespace Summarizer.Tests.Articles.Reading;

/// <summary>A malformed .json or .jsonl input is reported at the line and column its author sees, in words without the parser's zero-based position.</summary>
public sealed class JsonSyntaxErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-json-").FullName;
    private readonly ArticleFileReader _reader = new(new ArticleOptions());

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<IReadOnlyList<ReadOutcome>> Read(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, Encoding.UTF8.GetBytes(content));
        return await _reader.ReadFileAsync(path, CancellationToken.None);
    }

    /// <summary>Where <paramref name="marker"/> first stands in <paramref name="content"/>, counted from 1 as an editor shows it.</summary>
    private static string PositionOf(string content, string marker)
    {
        var lines = content.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        return $"line {line + 1}, column {lines[line].IndexOf(marker, StringComparison.Ordinal) + 1}";
    }

    private static void AssertClean(string? error)
    {
        Assert.NotNull(error);
        Assert.DoesNotContain("LineNumber", error);
        Assert.DoesNotContain("BytePositionInLine", error);
        Assert.DoesNotContain("Path:", error);
    }

    [Fact]
    public async Task A_bad_jsonl_row_names_its_own_line_and_column_even_when_indented()
    {
        string content = "{\"text\":\"First body.\"}\n{not json\n   {\"text\": oops}\n{\"text\":\"Fourth body.\"}\n";

        var rows = await Read("rows.jsonl", content);

        Assert.Equal(4, rows.Count);
        Assert.Contains($"malformed JSON on {PositionOf(content, "not json")}:", rows[1].Error);
        Assert.Contains($"malformed JSON on {PositionOf(content, "oops")}:", rows[2].Error);
        AssertClean(rows[1].Error);
        AssertClean(rows[2].Error);
        Assert.NotNull(rows[3].Article);
    }

    [Fact]
    public async Task A_bad_json_file_names_the_line_and_the_column_in_characters_not_bytes()
    {
        string content = "[\n  {\"title\": \"T\", \"text\": \"Body.\"},\n  {\"title\": \"Café à l’été\", \"text\": broken}\n]";

        var outcome = Assert.Single(await Read("story.json", content));

        Assert.Null(outcome.Article);
        Assert.Contains($"malformed JSON on {PositionOf(content, "broken")}:", outcome.Error);
        AssertClean(outcome.Error);
    }

    [Fact]
    public async Task The_reason_is_kept_in_words()
    {
        var outcome = Assert.Single(await Read("open.json", "{\"text\": \"never closed\""));

        AssertClean(outcome.Error);
        // The parser's reason is still there after the position: more than the position alone.
        Assert.Matches(@"^malformed JSON on line 1, column \d+: \S.+", outcome.Error);
    }
}
