namespace Summarizer.Pipeline.Runs;

/// <summary>What kind of work a run is: a batch (a <c>run</c> command or a nightly run) or one API request.</summary>
public enum RunKind
{
    Batch,
    Api,
}

/// <summary>
/// Per-run state that a feature keeps (the model spending budget, for one). <see cref="RunScopes"/> begins every hook
/// when a batch or an API request starts and disposes the scope when it ends.
/// </summary>
public interface IRunHook
{
    /// <summary>Starts a run of <paramref name="kind"/> in the current async flow; dispose the result to end it.</summary>
    IDisposable BeginRun(RunKind kind);
}
