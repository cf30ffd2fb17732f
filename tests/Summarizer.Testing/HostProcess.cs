using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Testing;

/// <summary>
/// The <c>summarizer</c> executable run as a child process (<c>dotnet Summarizer.Host.dll ...</c>) with its own
/// environment and working folder, its output kept for assertions and diagnosis. Disposing kills what still runs.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The built executable beside the tests or benchmarks (the host project is referenced, so it is copied there).</summary>
    public static string Executable => Path.Combine(AppContext.BaseDirectory, "Summarizer.Host.dll");

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>CPU time the process has used so far (read while it runs).</summary>
    public TimeSpan CpuTime => _process.TotalProcessorTime;

    public bool HasExited => _process.HasExited;

    public static HostProcess Start(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new HostProcess(Process.Start(start)!);
    }

    /// <summary>Waits until the output holds <paramref name="text"/>; fails with the output so far after <paramref name="timeout"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > timeout || _process.HasExited)
                throw new TimeoutException($"'{text}' did not appear (exited: {_process.HasExited}); output:\n{Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the output matches <paramref name="pattern"/>; fails with the output so far after <paramref name="timeout"/>.</summary>
    public async Task WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!pattern.IsMatch(Output))
        {
            if (clock.Elapsed > timeout || _process.HasExited)
                throw new TimeoutException($"/{pattern}/ did not match (exited: {_process.HasExited}); output:\n{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the process did not exit within {timeout}; output:\n{Output}");
        }
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown, no acknowledgement, nothing flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: the host shuts down gracefully.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited) return;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await KillAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
