using System.Runtime.InteropServices;
using Summarizer.Host.Cli;
using Summarizer.Pipeline;

namespace Summarizer.IntegrationTests.Cli;

public sealed class RunInterruptsTests
{
    [Fact]
    public void The_first_ctrl_c_cancels_the_run_and_a_second_quits_at_once_with_130()
    {
        var exits = new List<int>();
        using var interrupts = new RunInterrupts(exits.Add, listen: false);

        interrupts.Handle(PosixSignal.SIGINT);
        Assert.True(interrupts.Token.IsCancellationRequested);
        Assert.Empty(exits);
        Assert.Equal(130, interrupts.ExitCode);

        interrupts.Handle(PosixSignal.SIGINT);
        Assert.Equal([130], exits);
    }

    [Fact]
    public void Sigterm_cancels_the_run_with_exit_code_143()
    {
        var exits = new List<int>();
        using var interrupts = new RunInterrupts(exits.Add, listen: false);

        interrupts.Handle(PosixSignal.SIGTERM);

        Assert.True(interrupts.Token.IsCancellationRequested);
        Assert.Equal(143, interrupts.ExitCode);
        Assert.Empty(exits);
    }

    [Fact]
    public void A_cancelled_run_exits_with_the_signal_code_even_when_articles_succeeded()
    {
        using var interrupts = new RunInterrupts(_ => { }, listen: false);
        var ok = RunItem.Failure("a.txt", "x") with { Error = null };
        var report = new RunReport("r", DateTimeOffset.UnixEpoch, TimeSpan.Zero, "extractive", [ok]);

        Assert.Equal(0, RunCommand.ExitCodeOf(report, interrupts));
        interrupts.Handle(PosixSignal.SIGINT);
        Assert.Equal(130, RunCommand.ExitCodeOf(report with { Cancelled = true }, interrupts));
    }
}
