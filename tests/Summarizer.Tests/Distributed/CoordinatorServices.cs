using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Summarizer.Distributed;
using Summarizer.Summaries;
using Summarizer.Testing;
using Summarizer.Tests.Pipeline;
using Summarizer.Tests.Scheduling;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Distributed;

/// <summary>
/// A distributed run's coordinator on the in-process queue, for tests: seed variants in an inbox, a slow engine, an
/// accepting verifier, and the hosted services (the in-process workers) started and stopped with it.
/// </summary>
internal sealed class CoordinatorServices : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<IHostedService> _started = [];

    public CoordinatorServices(int articles, TimeSpan perArticle, int concurrency, Action<IServiceCollection>? standIns = null)
    {
        Inbox = _folder.File("inbox");
        Output = _folder.File("out");
        SeedArticles.WriteVariants(Inbox, articles);
        Services = PipelineServices.Build(new Dictionary<string, string?>
        {
            ["Summarizer:Cache:Path"] = _folder.File("cache.db"),
            ["Summarizer:Queue:PollIntervalMilliseconds"] = "20",
            ["Summarizer:Queue:Concurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, standIns: services =>
        {
            services.AddSingleton<ISummaryEngine>(new SlowEngine(perArticle));
            services.AddSingleton<ISummaryVerifier, AcceptingVerifier>();
            standIns?.Invoke(services);
        }, features: (services, configuration) => services.AddSummarizerQueue(configuration, QueueRole.Coordinator));
    }

    public string Inbox { get; }

    public string Output { get; }

    public ServiceProvider Services { get; }

    /// <summary>A file path inside the test's temporary folder.</summary>
    public string File(string name) => _folder.File(name);

    public async Task StartAsync()
    {
        foreach (var service in Services.GetServices<IHostedService>())
        {
            await service.StartAsync(default);
            _started.Add(service);
        }
    }

    public async Task StopAsync()
    {
        foreach (var service in Enumerable.Reverse(_started)) await service.StopAsync(default);
        _started.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
