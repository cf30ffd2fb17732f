using System.ComponentModel.DataAnnotations;

namespace Summarizer.Host.Api;

/// <summary>
/// The JSON body of <c>POST /api/comparisons</c>: <see cref="ComparisonEndpoints.MinArticles"/> to
/// <see cref="ComparisonEndpoints.MaxArticles"/> articles (the bounds the endpoint enforces, and the schema states).
/// </summary>
public sealed record ComparisonRequest(
    [property: MinLength(ComparisonEndpoints.MinArticles), MaxLength(ComparisonEndpoints.MaxArticles)] IReadOnlyList<SummaryRequest?>? Articles);
