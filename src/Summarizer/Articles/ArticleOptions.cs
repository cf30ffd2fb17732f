namespace Summarizer.Articles;

/// <summary>Limits on what the readers accept, bound from <c>Summarizer:Input</c>.</summary>
public sealed class ArticleOptions
{
    public const string Section = "Summarizer:Input";

    /// <summary>Largest file or article body accepted, in bytes. Larger inputs are rejected with a clear reason.</summary>
    public long MaxArticleBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Articles whose clean text is shorter than this many characters are rejected as empty.</summary>
    public int MinTextLength { get; set; } = 40;
}
