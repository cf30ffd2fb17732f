namespace Summarizer.Host.Api;

/// <summary>The JSON body of <c>POST /api/summaries</c> (one article) and an item of <c>POST /api/comparisons</c>.</summary>
public sealed record SummaryRequest(string? Title, string? Outlet, string? Text, string? Url = null, string? Published = null);
