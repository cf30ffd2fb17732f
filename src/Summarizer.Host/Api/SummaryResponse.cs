using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Host.Api;

/// <summary>
/// What the editor page needs to show a summary: its <see cref="Id"/> (the article's, for <c>GET /api/summaries/{id}</c>),
/// the clean article text with its sentence offsets (so cited sentences can be highlighted), the facts, and the summary
/// with its verdict. <see cref="Cached"/> says whether the summary was reused.
/// </summary>
public sealed record SummaryResponse(string Id, ArticleView Article, FactSheet Facts, StructuredSummary Summary, bool Cached);

/// <summary>The clean text of an article and its sentences; offsets index <see cref="Text"/>.</summary>
public sealed record ArticleView(string Id, string? Title, string? Outlet, string Text, IReadOnlyList<SentenceView> Sentences);

/// <summary>One sentence of <see cref="ArticleView.Text"/>.</summary>
public sealed record SentenceView(int Id, int Start, int Length);
