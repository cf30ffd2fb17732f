namespace Summarizer.Llm.Usage;

/// <summary>Thrown instead of starting a model call once the run's spending limit is reached.</summary>
public sealed class RunBudgetExceededException(decimal limitUsd, decimal spentUsd)
    : Exception($"The run budget of {limitUsd} USD is spent ({spentUsd} USD); no further model calls are made.")
{
    public decimal LimitUsd { get; } = limitUsd;
    public decimal SpentUsd { get; } = spentUsd;
}
