namespace Summarizer.Verification.Alignment;

/// <summary>
/// A run of <see cref="Length"/> summary words from <see cref="SummaryStart"/> that occurs word for word in the
/// article from token <see cref="ArticleStart"/>, in summary sentence <see cref="SummarySentence"/> and article
/// sentence <see cref="ArticleSentence"/>.
/// </summary>
internal readonly record struct CopiedFragment(int SummaryStart, int Length, int ArticleStart, int SummarySentence, int ArticleSentence);
