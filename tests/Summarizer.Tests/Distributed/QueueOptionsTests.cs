using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Distributed;

namespace Summarizer.Tests.Distributed;

public sealed class QueueOptionsTests
{
    [Fact]
    public void Without_a_prefetch_a_worker_is_handed_as_many_articles_as_it_works_on()
    {
        var options = Bind(new() { ["Summarizer:Queue:Concurrency"] = "12" });

        Assert.Equal(12, options.EffectivePrefetch);
    }

    [Fact]
    public void A_prefetch_above_the_concurrency_is_taken()
    {
        var options = Bind(new() { ["Summarizer:Queue:Concurrency"] = "16", ["Summarizer:Queue:Prefetch"] = "20" });

        Assert.Equal(20, options.EffectivePrefetch);
    }

    [Fact]
    public void A_prefetch_below_the_concurrency_is_refused_with_the_setting_named()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => Bind(new() { ["Summarizer:Queue:Concurrency"] = "16", ["Summarizer:Queue:Prefetch"] = "4" }));

        Assert.Contains("Prefetch", error.Message);
    }

    private static QueueOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSummarizerQueue(configuration, QueueRole.Coordinator);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<QueueOptions>>().Value;
    }
}
