namespace Summarizer.Host.Api;

/// <summary>
/// The JSON body of <c>POST /api/summaries</c> (one article) and an item of <c>POST /api/comparisons</c>. Only the text
/// is required (the generated OpenAPI schema says so: a parameter without a default is required there); a missing
/// title is read from the text's first line, as <c>summarizer run</c> reads a <c>.txt</c> file.
/// </summary>
public sealed record SummaryRequest(string? Text, string? Title = null, string? Outlet = null, string? Url = null, string? Published = null);
