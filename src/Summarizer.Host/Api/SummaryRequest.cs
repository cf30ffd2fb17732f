using System.ComponentModel.DataAnnotations;

namespace Summarizer.Host.Api;

/// <summary>
/// The JSON body of <c>POST /api/summaries</c> (one article) and an item of <c>POST /api/comparisons</c>. Only the text
/// is required (the generated OpenAPI schema says so: a parameter without a default is required there); a missing
/// title is read from the text's first line, as <c>summarizer run</c> reads a <c>.txt</c> file. The text is a non-empty
/// string (so the schema says: never null); a body that leaves it out or sends null still binds, and is answered 400.
/// </summary>
public sealed record SummaryRequest([property: Required, MinLength(1)] string Text, string? Title = null, string? Outlet = null, string? Url = null, string? Published = null);
