using System.Security.Cryptography;
using System.Text;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Tests.Caching;

namespace Summarizer.Tests.Articles.Reading;

/// <summary>An input file checked to have settled is read only while it is still the content that settled.</summary>
public sealed class InputFileTests : IDisposable
{
    private const string Story = "Storm closes harbour\nThe harbour at Port Ellis closed on Monday as a storm brought winds of 90 miles an hour to the coast.";
    private readonly TempFolder _folder = new();
    private readonly ArticleFileReader _reader = new(new ArticleOptions());

    private (string Path, InputFile Settled) Write(string text)
    {
        string path = _folder.File("story.txt");
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        return (path, new InputFile(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength));
    }

    [Fact]
    public async Task The_settled_content_is_read()
    {
        var (_, settled) = Write(Story);

        var outcome = Assert.Single(await _reader.ReadFileAsync(settled, default));

        Assert.Null(outcome.Error);
        Assert.Equal("Storm closes harbour", outcome.Article!.Body.Split('\n')[0]);
    }

    [Theory]
    [InlineData("The harbour at Port Ellis")]
    [InlineData("Storm closes harbour\nThe harbour at Port Ellis closed on Tuesday as a storm brought winds of 90 miles an hour to the coast.")]
    public async Task A_file_rewritten_since_it_settled_is_not_read(string now)
    {
        var (path, settled) = Write(Story);
        File.WriteAllText(path, now);

        var outcome = Assert.Single(await _reader.ReadFileAsync(settled, default));

        Assert.Equal(InputFile.ChangedSinceSettled, outcome.Error);
        Assert.Null(outcome.Article);
    }

    [Fact]
    public async Task A_file_removed_since_it_settled_is_not_read()
    {
        var (path, settled) = Write(Story);
        File.Delete(path);

        Assert.Equal(InputFile.ChangedSinceSettled, Assert.Single(await _reader.ReadFileAsync(settled, default)).Error);
    }

    public void Dispose() => _folder.Dispose();
}
