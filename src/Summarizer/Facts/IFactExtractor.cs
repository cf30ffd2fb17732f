using Summarizer.Articles;

namespace Summarizer.Facts;

/// <summary>Deterministic extraction of the checkable facts of an article.</summary>
public interface IFactExtractor
{
    FactSheet Extract(Article article);
}
