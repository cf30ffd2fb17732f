using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Summarizer.IntegrationTests.Llm.Support;
using Summarizer.Llm;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Engine;
using Summarizer.Prompts;
using Summarizer.Verification;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>AddSummarizerLlm: start-up validation of options and prompts, and nothing model-related for Extractive.</summary>
public sealed class LlmRegistrationTests
{
    [Fact]
    public void Extractive_provider_registers_nothing_model_related()
    {
        var services = new ServiceCollection();
        services.AddSummarizerLlm(Config(new() { ["Summarizer:Llm:Provider"] = "Extractive" }));

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(LlmSummaryEngine) || d.ServiceType == typeof(IChatClient) || d.ServiceType == typeof(PromptLibrary));
        using var sp = services.BuildServiceProvider();
        Assert.Equal(LlmProvider.Extractive, sp.GetRequiredService<IOptions<LlmOptions>>().Value.Provider);
    }

    [Theory]
    [InlineData("OpenAI", null, "gpt-4o-mini", "Summarizer:Llm:ApiKey is required when Provider is OpenAI")]
    [InlineData("AzureOpenAI", "KEY", "gpt-4o-mini", "Summarizer:Llm:Endpoint is required when Provider is AzureOpenAI")]
    [InlineData("OpenAICompatible", "KEY", "llama3", "Summarizer:Llm:Endpoint is required when Provider is OpenAICompatible")]
    [InlineData("OpenAI", "KEY", null, "Summarizer:Llm:Model is required")]
    public async Task Invalid_combinations_stop_start_up_with_a_clear_message(string provider, string? key, string? model, string expected)
    {
        var secret = key is null ? null : "sk-SECRET-" + key;
        using var host = new HostBuilder().ConfigureServices(s =>
        {
            s.AddSingleton<ISummaryVerifier>(new NumberCheckingVerifier());
            s.AddSummarizerLlm(Config(new()
            {
                ["Summarizer:Llm:Provider"] = provider,
                ["Summarizer:Llm:ApiKey"] = secret,
                ["Summarizer:Llm:Model"] = model,
                ["Summarizer:Llm:PromptsFolder"] = LlmTestHost.RepoPrompts,
            }));
        }).Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(expected, ex.Message);
        Assert.DoesNotContain("SECRET", ex.Message);
    }

    [Fact]
    public async Task Missing_prompt_folder_stops_start_up_naming_the_file()
    {
        var empty = Directory.CreateTempSubdirectory("prompts-").FullName;
        using var host = new HostBuilder().ConfigureServices(s =>
        {
            s.AddSingleton<ISummaryVerifier>(new NumberCheckingVerifier());
            s.AddSummarizerLlm(Config(new()
            {
                ["Summarizer:Llm:Provider"] = "OpenAICompatible",
                ["Summarizer:Llm:Endpoint"] = "http://127.0.0.1:9/v1",
                ["Summarizer:Llm:Model"] = "m",
                ["Summarizer:Llm:PromptsFolder"] = empty,
            }));
        }).Build();

        var ex = await Assert.ThrowsAsync<PromptLoadException>(() => host.StartAsync());
        Assert.Contains("summarize.yaml", ex.Message);
        Directory.Delete(empty);
    }

    [Fact]
    public async Task Valid_configuration_starts_and_resolves_the_engine()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        await using var host = LlmTestHost.Create(server);

        Assert.Equal("llm:fake-model", host.Services.GetRequiredKeyedService<Summarizer.Summaries.ISummaryEngine>(Summarizer.Summaries.SummaryEngineKeys.Model).Name);
        Assert.NotNull(host.Services.GetRequiredKeyedService<IChatClient>(LlmServiceKeys.ChatClient).GetService<ChatClientMetadata>());
    }

    [Fact]
    public async Task Identity_changes_with_the_model_and_prompt_files()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        var copy = Directory.CreateTempSubdirectory("prompts-").FullName;
        foreach (var f in Directory.EnumerateFiles(LlmTestHost.RepoPrompts)) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));

        await using var a = LlmTestHost.Create(server);
        await using var b = LlmTestHost.Create(server, new Dictionary<string, string?> { ["Summarizer:Llm:Model"] = "other-model" });
        await using var c = LlmTestHost.Create(server, new Dictionary<string, string?> { ["Summarizer:Llm:PromptsFolder"] = copy });
        var (fa, fb, fc) = (a.Engine.Identity, b.Engine.Identity, c.Engine.Identity); // templates load on first use
        File.AppendAllText(Path.Combine(copy, "repair.yaml"), "\n# edited\n");
        await using var d = LlmTestHost.Create(server, new Dictionary<string, string?> { ["Summarizer:Llm:PromptsFolder"] = copy });

        Assert.Equal(fa, fc);
        Assert.NotEqual(fa, fb);
        Assert.NotEqual(fa, d.Engine.Identity);
        Assert.NotEqual(fa.PromptHash, d.Engine.Identity.PromptHash);
        Assert.NotEqual(fa.Model, fb.Model);
        Directory.Delete(copy, recursive: true);
    }

    [Fact]
    public async Task Default_prompt_folder_is_the_one_copied_next_to_the_app()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        await using var host = LlmTestHost.Create(server, new Dictionary<string, string?> { ["Summarizer:Llm:PromptsFolder"] = null });

        var library = host.Services.GetRequiredService<PromptLibrary>();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "prompts"), library.Folder);
        Assert.Equal(3, library.Templates.Count);
    }

    private static IConfiguration Config(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
