using Microsoft.Extensions.DependencyInjection;
using Summarizer.Scheduling;
using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Scheduling;

/// <summary>
/// The nightly inbox batch over a test's inbox and output folders, with the schedule off (tests start the batch
/// themselves), files taken at once (settling is <see cref="InboxSettlingTests"/>' subject unless a setting says
/// otherwise), the given engine and a verifier that accepts every summary.
/// </summary>
internal static class NightlyServices
{
    public static ServiceProvider Build(string inbox, string output, ISummaryEngine engine,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? standIns = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Summarizer:Schedule:Enabled"] = "false",
            ["Summarizer:Schedule:Inbox"] = inbox,
            ["Summarizer:Schedule:Output"] = output,
            ["Summarizer:Schedule:QuietSeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        return PipelineServices.Build(values, standIns: services =>
        {
            standIns?.Invoke(services);
            services.AddSingleton(engine);
            services.AddSingleton<ISummaryVerifier, AcceptingVerifier>();
        }, features: (services, configuration) => services.AddSummarizerNightly(configuration));
    }
}
