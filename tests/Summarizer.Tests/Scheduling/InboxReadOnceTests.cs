using Microsoft.Extensions.DependencyInjection;
using Summarizer.Pipeline;
using Summarizer.Scheduling;
using Summarizer.Summaries;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Scheduling;

/// <summary>An inbox file is read once: the bytes that were checked to have settled (and hashed) are the ones summarised.</summary>
public sealed class InboxReadOnceTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _inbox;
    private readonly ServiceProvider _services;
    private Action _beforeBatch = () => { };

    public InboxReadOnceTests()
    {
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _services = NightlyServices.Build(_inbox, _folder.File("out"), new CountingEngine(), standIns: services =>
            services.AddSingleton<IBatchRunner>(sp => new InterceptedRunner(sp.GetRequiredService<BatchRunner>(), () => _beforeBatch())));
    }

    [Fact]
    public async Task The_batch_summarises_the_bytes_read_when_the_file_settled_without_reading_it_again()
    {
        Repo.CopySeedsTo(_inbox, 1);
        string file = Directory.GetFiles(_inbox).Single();
        // Between the settled check and the batch the file goes: a second read would find nothing.
        _beforeBatch = () => File.Delete(file);

        var report = await _services.GetRequiredService<INightlyBatch>().RunAsync(null, default);

        var item = Assert.Single(report.Run.Items);
        Assert.Equal(file, item.Source);
        Assert.Null(item.Error);
        Assert.Equal(1, report.Run.Succeeded);
        Assert.Empty(report.Quarantined);
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }

    /// <summary>The real batch runner, with something happening to the inbox just before it starts.</summary>
    private sealed class InterceptedRunner(IBatchRunner inner, Action before) : IBatchRunner
    {
        public Task<RunReport> RunAsync(IReadOnlyList<string> inputs, string outputFolder, IProgress<BatchProgress>? progress,
            CancellationToken cancellationToken, int? maxConcurrency = null)
        {
            before();
            return inner.RunAsync(inputs, outputFolder, progress, cancellationToken, maxConcurrency);
        }

        public Task<RunReport> RunAsync(BatchInputs inputs, string outputFolder, IProgress<BatchProgress>? progress,
            CancellationToken cancellationToken, int? maxConcurrency = null)
        {
            before();
            return inner.RunAsync(inputs, outputFolder, progress, cancellationToken, maxConcurrency);
        }
    }
}
