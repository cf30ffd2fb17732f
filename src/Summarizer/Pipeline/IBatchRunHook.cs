namespace Summarizer.Pipeline;

/// <summary>
/// Per-run state that a feature keeps (the model spending budget, for one): <see cref="BatchRunner"/> calls
/// <see cref="BeginRun"/> of every registered hook as a batch starts and disposes the scope when it ends.
/// </summary>
public interface IBatchRunHook
{
    /// <summary>Starts a run in the current async flow; dispose the result to end it.</summary>
    IDisposable BeginRun();
}
