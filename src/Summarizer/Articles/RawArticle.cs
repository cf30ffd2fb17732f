namespace Summarizer.Articles;

/// <summary>An article as read from its source, before cleaning: metadata that the source stated, and the body.</summary>
public sealed record RawArticle(
    string Source,
    string Body,
    string? Title = null,
    string? Outlet = null,
    string? Url = null,
    string? Published = null,
    string? Id = null);
