using Summarizer.Llm.Configuration;

namespace Summarizer.Llm.Usage;

/// <summary>Turns token counts into USD from the configured per-model prices; an unpriced model costs 0.</summary>
public sealed class CostCalculator(IReadOnlyDictionary<string, ModelPrice> prices)
{
    private const decimal PerMillion = 1_000_000m;

    public decimal Cost(string? model, long inputTokens, long outputTokens)
    {
        if (model is null || !prices.TryGetValue(model, out var price)) return 0m;
        return (inputTokens * price.InputPerMillion + outputTokens * price.OutputPerMillion) / PerMillion;
    }
}
