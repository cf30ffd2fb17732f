using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Summarizer.Llm.Engine;

namespace Summarizer.Llm;

/// <summary>
/// Builds the engine (loading and validating the prompt files) and the provider's chat client when the host starts,
/// so a bad template or option stops start-up, not the first article.
/// </summary>
internal sealed class LlmStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<LlmSummaryEngine>();
        services.GetRequiredKeyedService<IChatClient>(LlmServiceKeys.ChatClient);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
