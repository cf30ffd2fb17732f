using Summarizer.Articles;

namespace Summarizer.Distributed;

/// <summary>One article of a distributed run: which run, its place in the run's order, and the article as read.</summary>
public sealed record ArticleWork(string RunId, int Sequence, RawArticle Article);
