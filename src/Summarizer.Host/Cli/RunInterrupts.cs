using System.Runtime.InteropServices;

namespace Summarizer.Host.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM during a <c>run</c>: the first one cancels <see cref="Token"/>, so the batch stops
/// starting articles and writes the report of the finished ones; a second Ctrl-C ends the process at once.
/// The host's console lifetime also hears these signals and stops the application; the command links both.
/// </summary>
internal sealed class RunInterrupts : IDisposable
{
    /// <summary>The conventional exit code of a process stopped by SIGINT (128 + 2).</summary>
    public const int ExitInterrupted = 130;

    /// <summary>The conventional exit code of a process stopped by SIGTERM (128 + 15).</summary>
    public const int ExitTerminated = 143;

    private readonly CancellationTokenSource _cancel = new();
    private readonly Action<int> _exit;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signals;
    private int _exitCode = ExitInterrupted;

    /// <param name="exit">Ends the process with a code on a second Ctrl-C (<see cref="Environment.Exit"/> unless a test says otherwise).</param>
    /// <param name="listen">False in tests, which call <see cref="Handle"/> instead of sending signals.</param>
    public RunInterrupts(Action<int>? exit = null, bool listen = true)
    {
        _exit = exit ?? Environment.Exit;
        if (!listen) return;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                Handle(context.Signal);
            }));
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code of a run stopped by a signal: 143 when the first was SIGTERM, 130 otherwise.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    /// <summary>What a signal does: the first cancels the run, a second Ctrl-C exits with <see cref="ExitInterrupted"/>.</summary>
    public void Handle(PosixSignal signal)
    {
        if (Interlocked.Increment(ref _signals) == 1)
        {
            Volatile.Write(ref _exitCode, signal == PosixSignal.SIGTERM ? ExitTerminated : ExitInterrupted);
            Console.Error.WriteLine(signal == PosixSignal.SIGTERM
                ? "Terminating: abandoning the articles in flight, writing the report of the finished ones (Ctrl-C again to quit at once)"
                : "Interrupted: abandoning the articles in flight, writing the report of the finished ones (Ctrl-C again to quit at once)");
            _cancel.Cancel();
        }
        else if (signal == PosixSignal.SIGINT)
        {
            _exit(ExitInterrupted);
        }
    }

    // The token source is not disposed: a signal handled while the registrations are being disposed may still cancel it.
    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }
}
