using Summarizer.Pipeline;

namespace Summarizer.Llm.Usage;

/// <summary>Gives every batch run its own <see cref="RunBudget"/> tally.</summary>
public sealed class RunBudgetHook(RunBudget budget) : IBatchRunHook
{
    /// <inheritdoc />
    public IDisposable BeginRun() => budget.BeginRun();
}
