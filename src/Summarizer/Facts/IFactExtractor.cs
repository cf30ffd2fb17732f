using Summarizer.Articles;

namespace Summarizer.Facts;

/// <summary>Deterministic extraction of the checkable facts of an article.</summary>
public interface IFactExtractor
{
    FactSheet Extract(Article article);

    /// <summary>Names the extraction rules: part of every cache key built on facts, so changing the rules recomputes them.</summary>
    string Version => $"{GetType().Name}/{FactSheet.ExtractorVersion}";
}
