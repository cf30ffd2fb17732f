namespace Summarizer.Articles.Reading;

/// <summary>
/// Reads articles from files and folders. Every input yields at least one <see cref="ReadOutcome"/>, so
/// a file that cannot be read shows up with its reason instead of silently disappearing.
/// </summary>
public sealed class ArticleFileReader(ArticleOptions options)
{
    /// <summary>Extensions the readers understand, lower case with the dot.</summary>
    public static readonly IReadOnlySet<string> SupportedExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl" };

    /// <summary>The files named, with folders expanded (recursively, sorted by path so runs are reproducible).</summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else notFound.Add(path);
        }
        missing = notFound;
        return files;
    }

    public Task<IReadOnlyList<ReadOutcome>> ReadFileAsync(string path, CancellationToken cancellationToken) =>
        ReadFileAsync(new InputFile(path), cancellationToken);

    /// <summary>Reads <paramref name="file"/>; one that is no longer the content that settled fails with <see cref="InputFile.ChangedSinceSettled"/>.</summary>
    public async Task<IReadOnlyList<ReadOutcome>> ReadFileAsync(InputFile file, CancellationToken cancellationToken)
    {
        string path = file.Path;
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
            return [ReadOutcome.Fail(path, $"unsupported file type '{(extension.Length == 0 ? "(none)" : extension)}'; expected one of {string.Join(", ", SupportedExtensions)}")];
        try
        {
            long length = file.SettledLength ?? new FileInfo(path).Length;
            if (length > options.MaxArticleBytes && extension != ".jsonl")
                return [ReadOutcome.Fail(path, $"the file is {InputDecoder.Megabytes(length)}, over the {InputDecoder.Megabytes(options.MaxArticleBytes)} limit (Summarizer:Input:MaxArticleBytes)")];
            byte[] bytes = await file.ReadAsync(cancellationToken);
            // A JSON Lines file holds many articles, so its limit scales; each record is still checked on its own.
            long limit = extension == ".jsonl" ? options.MaxArticleBytes * 100 : options.MaxArticleBytes;
            return Parse(path, extension, bytes, limit);
        }
        catch (InputFileChangedException) { return [ReadOutcome.Fail(path, InputFile.ChangedSinceSettled)]; }
        catch (IOException e) { return [ReadOutcome.Fail(path, $"could not read the file: {e.Message}")]; }
        catch (UnauthorizedAccessException e) { return [ReadOutcome.Fail(path, $"could not read the file: {e.Message}")]; }
    }

    /// <summary>Parses content already in memory (an HTTP body, a test) as if it came from a file with this extension.</summary>
    public IReadOnlyList<ReadOutcome> Parse(string source, string extension, ReadOnlySpan<byte> bytes, long? maxBytes = null)
    {
        string? text = InputDecoder.TryDecode(bytes, maxBytes ?? options.MaxArticleBytes, out var error);
        if (text is null) return [ReadOutcome.Fail(source, error!)];
        return extension switch
        {
            ".md" or ".markdown" => [ReadOutcome.Ok(MarkdownParser.Parse(source, text))],
            ".html" or ".htm" => [ReadOutcome.Ok(HtmlArticleParser.Parse(source, text))],
            ".json" => JsonArticleParser.ParseJson(source, text).ToList(),
            ".jsonl" => JsonArticleParser.ParseJsonLines(source, text).Select(o => CheckSize(o)).ToList(),
            _ => [ReadOutcome.Ok(new RawArticle(source, text, TitleInBody: true))],
        };
    }

    private ReadOutcome CheckSize(ReadOutcome outcome) =>
        outcome.Article is { } a && a.Body.Length > options.MaxArticleBytes
            ? ReadOutcome.Fail(outcome.Source, $"the article text is {InputDecoder.Megabytes(a.Body.Length)}, over the {InputDecoder.Megabytes(options.MaxArticleBytes)} limit")
            : outcome;
}
