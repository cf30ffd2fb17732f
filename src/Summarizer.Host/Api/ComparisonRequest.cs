namespace Summarizer.Host.Api;

/// <summary>The JSON body of <c>POST /api/comparisons</c>.</summary>
public sealed record ComparisonRequest(IReadOnlyList<SummaryRequest?>? Articles);
