using System.Text;
using Summarizer.Articles;
using Summarizer.Articles.Reading;

namespace Summarizer.Tests.Articles;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-reader-").FullName;
    private readonly ArticleFileReader _reader = new(new ArticleOptions());

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<IReadOnlyList<ReadOutcome>> Read(string name, byte[] content)
    {
        string path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, content);
        return await _reader.ReadFileAsync(path, CancellationToken.None);
    }

    private Task<IReadOnlyList<ReadOutcome>> Read(string name, string content) => Read(name, Encoding.UTF8.GetBytes(content));

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("binary.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10 }, "binary")]
    [InlineData("latin1.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E }, "UTF-8")]
    [InlineData("report.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 }, "unsupported file type '.pdf'")]
    public async Task Rejects_bad_input_with_a_clear_reason(string name, byte[] content, string reason)
    {
        var outcome = Assert.Single(await Read(name, content));
        Assert.Null(outcome.Article);
        Assert.Contains(reason, outcome.Error);
    }

    [Fact]
    public async Task Rejects_a_file_over_the_size_limit()
    {
        var outcome = Assert.Single(await Read("huge.txt", new string('a', 5 * 1024 * 1024)));
        Assert.Contains("5.0 MB", outcome.Error);
        Assert.Contains("MaxArticleBytes", outcome.Error);
    }

    [Fact]
    public async Task Reads_json_arrays_and_reports_each_bad_jsonl_line_alone()
    {
        var array = await Read("a.json", """[{"title":"T1","text":"Body one.","outlet":"Wire"},{"title":"T2"}]""");
        Assert.Equal("Wire", array[0].Article!.Outlet);
        Assert.Contains("\"text\" field", array[1].Error);

        var lines = await Read("b.jsonl", "{\"text\":\"First body.\"}\n{not json\n{\"text\":\"Third body.\",\"published\":\"2025-03-12\"}\n");
        Assert.Equal(3, lines.Count);
        Assert.NotNull(lines[0].Article);
        Assert.Contains("malformed JSON on line 2, column 2:", lines[1].Error);
        Assert.Equal("2025-03-12", lines[2].Article!.Published);
    }

    [Fact]
    public async Task Reads_research_corpus_rows_by_their_id_with_the_text_as_body_and_no_title()
    {
        var rows = await Read("refs.jsonl",
            "{\"id\":\"row-7\",\"dataset\":\"news\",\"split\":\"dev\",\"text\":\"The harbour reopened on Monday.\\nCrews cleared the silt.\",\"reference\":\"Harbour reopens.\"}\n" +
            "{\"id\":42,\"article\":\"Storms hit the coast overnight.\"}\n");
        var first = rows[0].Article!;
        Assert.EndsWith("refs.jsonl:1 (id row-7)", first.Source);
        Assert.Null(first.Title);
        Assert.False(first.TitleInBody);
        Assert.Equal("The harbour reopened on Monday.\nCrews cleared the silt.", first.Body);
        Assert.EndsWith("refs.jsonl:2 (id 42)", rows[1].Article!.Source);
        Assert.Equal("Storms hit the coast overnight.", rows[1].Article!.Body);
    }

    [Fact]
    public async Task Reads_the_story_from_html_without_scripts_or_navigation()
    {
        const string html = """
            <html><head><title>Site</title><meta property="og:site_name" content="Daily Example">
            <meta property="article:published_time" content="2025-03-12T10:00:00Z"></head>
            <body><nav>Home | World</nav><article><h1>Leaders meet</h1><p>Leaders met in Paris.</p>
            <script>alert('x')</script><figure><figcaption>A photo</figcaption></figure><p>They agreed a plan.</p></article>
            <footer>Terms</footer></body></html>
            """;
        var raw = Assert.Single(await Read("page.html", html)).Article!;
        Assert.Equal("Leaders meet", raw.Title);
        Assert.Equal("Daily Example", raw.Outlet);
        Assert.Equal("Leaders met in Paris.\nThey agreed a plan.", raw.Body);
        var article = new ArticleFactory(new ArticleOptions { MinTextLength = 1 }).Create(raw);
        Assert.Equal(new DateOnly(2025, 3, 12), article.Published);
    }

    [Fact]
    public async Task Reads_markdown_title_and_strips_markup()
    {
        var raw = Assert.Single(await Read("a.md", "# Big news\n\nThe **council** voted, [says](http://x) the *clerk*.\n")).Article!;
        Assert.Equal("Big news", raw.Title);
        Assert.Contains("The council voted, says the clerk.", raw.Body);
    }

    [Fact]
    public void Expands_folders_in_a_stable_order_and_reports_missing_paths()
    {
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "x");
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "x");
        var files = ArticleFileReader.ExpandInputs([_folder, Path.Combine(_folder, "nope")], out var missing);
        Assert.Equal(["a.txt", "b.txt"], files.Select(Path.GetFileName));
        Assert.Single(missing);
    }

    [Theory]
    [InlineData("{\"text\":42}", "the \"text\" field is a number, not a string")]
    [InlineData("{\"text\":[\"a\"]}", "the \"text\" field is an array, not a string")]
    [InlineData("{\"text\":null}", "the \"text\" field is null, not a string")]
    [InlineData("{\"article\":true}", "the \"article\" field is a boolean, not a string")]
    [InlineData("{\"text\":\"  \"}", "the \"text\" field is empty")]
    [InlineData("{\"title\":\"T\"}", "the \"text\" field is missing")]
    public async Task A_records_text_field_of_the_wrong_type_is_named_as_such(string line, string reason)
    {
        var outcome = Assert.Single(await Read("feed.jsonl", line + "\n"));
        Assert.Equal(reason, outcome.Error);
    }

    [Fact]
    public async Task Latin1_text_is_refused_with_what_to_do_about_it_on_the_command_line()
    {
        var outcome = Assert.Single(await Read("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E]));
        Assert.DoesNotContain("charset", outcome.Error);
        Assert.Contains("not valid UTF-8 (bad byte 0xE9 at offset 3)", outcome.Error);
        Assert.Contains("iconv -f windows-1252 -t utf-8", outcome.Error);
        Assert.Contains("UTF-16 with a byte-order mark", outcome.Error);
        // What the message says the reader takes, it takes.
        byte[] utf16 = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Café open")];
        Assert.Equal("Café open", Assert.Single(await Read("utf16.txt", utf16)).Article!.Body);
    }

    [Fact]
    public async Task Records_are_numbered_from_one_by_line_in_json_lines_and_by_item_in_a_json_array()
    {
        var array = await Read("items.json", """[{"text":"Body one."},{"text":"Body two.","id":"x"},{"title":"no text"}]""");
        Assert.Equal([Path.Combine(_folder, "items.json:1"), Path.Combine(_folder, "items.json:2 (id x)"), Path.Combine(_folder, "items.json:3")],
            array.Select(o => o.Source));

        var lines = await Read("feed.jsonl", "{\"text\":\"Body one.\"}\n\n{\"text\":42}\n");
        Assert.Equal([Path.Combine(_folder, "feed.jsonl:1"), Path.Combine(_folder, "feed.jsonl:3")], lines.Select(o => o.Source));
    }
}
