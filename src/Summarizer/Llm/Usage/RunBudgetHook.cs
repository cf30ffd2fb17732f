using Summarizer.Pipeline.Runs;

namespace Summarizer.Llm.Usage;

/// <summary>Gives every batch and every API request its own <see cref="RunBudget"/> tally; API requests also count against the day's.</summary>
public sealed class RunBudgetHook(RunBudget budget, ApiDailyBudget daily) : IRunHook
{
    /// <inheritdoc />
    public IDisposable BeginRun(RunKind kind) => budget.BeginRun(kind == RunKind.Api ? daily.Today() : null);
}
