namespace Summarizer.Articles;

/// <summary>An article as read from its source, before cleaning: metadata that the source stated, and the body.
/// <see cref="TitleInBody"/> is true for plain text, whose first line is the title when it reads like one.</summary>
public sealed record RawArticle(
    string Source,
    string Body,
    string? Title = null,
    string? Outlet = null,
    string? Url = null,
    string? Published = null,
    string? Id = null,
    bool TitleInBody = false);
