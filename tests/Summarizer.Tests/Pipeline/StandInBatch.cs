using Microsoft.Extensions.DependencyInjection;
using Summarizer.Pipeline;
using Summarizer.Summaries;
using Summarizer.Tests.Caching;
using Summarizer.Tests.Scheduling;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Pipeline;

/// <summary>
/// An empty inbox and an output folder beside a pipeline whose engine counts its calls and whose verifier accepts
/// everything: the setup of batch runner tests that look at what a run reports, not at what it summarises.
/// </summary>
internal sealed class StandInBatch : IDisposable
{
    private readonly TempFolder _folder = new();

    public StandInBatch()
    {
        Inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        Output = _folder.File("out");
        Services = PipelineServices.Build(new Dictionary<string, string?>(), standIns: services =>
        {
            services.AddSingleton<ISummaryEngine>(new CountingEngine());
            services.AddSingleton<ISummaryVerifier, AcceptingVerifier>();
        });
    }

    public string Inbox { get; }

    public string Output { get; }

    public ServiceProvider Services { get; }

    public IBatchRunner Runner => Services.GetRequiredService<IBatchRunner>();

    public void Dispose()
    {
        Services.Dispose();
        _folder.Dispose();
    }
}
