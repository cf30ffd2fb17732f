namespace Summarizer.Pipeline.Runs;

/// <summary>
/// Begins a run on every registered <see cref="IRunHook"/>: each batch and each API request is its own run, so what a
/// hook counts per run (money spent on the model) never leaks from one into another.
/// </summary>
public sealed class RunScopes(IEnumerable<IRunHook> hooks)
{
    /// <summary>Begins a run in the current async flow; disposing the result ends it on every hook, last first.</summary>
    public IDisposable Begin(RunKind kind)
    {
        var scopes = hooks.Select(h => h.BeginRun(kind)).ToList();
        return new Scope(scopes);
    }

    private sealed class Scope(List<IDisposable> scopes) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            for (int i = scopes.Count - 1; i >= 0; i--) scopes[i].Dispose();
        }
    }
}
