using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Llm.Comparisons;

/// <summary>
/// Turns the model's reply into an unverified <see cref="StoryComparison"/>: account numbers become article ids (an
/// unknown number becomes an id no article has, so the verifier drops that position) and kinds become
/// <see cref="FactKind"/> (anything unknown is a claim).
/// </summary>
internal static class LlmComparisonMapper
{
    public static StoryComparison ToComparison(LlmComparisonDto dto, StoryComparison rules)
    {
        Position ToPosition(LlmComparisonPositionDto p)
        {
            var article = p.Account >= 1 && p.Account <= rules.Articles.Count ? rules.Articles[p.Account - 1] : null;
            return new Position(article?.Id ?? $"account {p.Account}", article?.Outlet, p.Value, p.Sentence, p.SentenceId);
        }

        return rules with
        {
            Conflicts = dto.Conflicts.Select(f => new Conflict(Kind(f.Kind), f.Statement, f.Positions.Select(ToPosition).ToList())).ToList(),
            Agreements = dto.Agreements.Select(f => new Agreement(Kind(f.Kind), f.Statement, f.Positions.Select(ToPosition).ToList())).ToList(),
            // A single-source claim has one position; a reply giving it several keeps the first.
            SingleSource = dto.SingleSource.Where(f => f.Positions.Count > 0)
                .Select(f => new SingleSourceClaim(Kind(f.Kind), f.Statement, ToPosition(f.Positions[0]))).ToList(),
            DroppedPositions = 0,
        };
    }

    private static FactKind Kind(string kind) => kind.Trim().ToLowerInvariant() switch
    {
        "quantity" or "figure" or "number" => FactKind.Quantity,
        "role" => FactKind.Role,
        "quote" => FactKind.Quote,
        _ => FactKind.Claim,
    };
}
