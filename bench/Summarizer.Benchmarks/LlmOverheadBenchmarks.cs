using System.ClientModel;
using System.ClientModel.Primitives;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using OpenAI;
using OpenAI.Chat;
using Summarizer.Articles;
using Summarizer.Llm;
using Summarizer.Llm.Engine;
using Summarizer.Llm.Functions;
using Summarizer.Testing;

/// <summary>
/// The issue's overhead figure, per article: one operation = one article (the next of 200 distinct variants) through
/// <c>ArticleProcessor</c>, composed as the library composes it (prompt functions on Semantic Kernel, the provider's
/// client under Microsoft.Extensions.AI, the resilient HttpClient), against the fake model answering at once.
/// The baseline <see cref="ModelRoundTrip"/> posts that article's captured request body straight to the same server and
/// reads the reply: the model's wait as the pipeline sees it (loopback HTTP plus the fake server's own work).
/// The pipeline's overhead per article = median of <see cref="LlmArticle"/> − median of <see cref="ModelRoundTrip"/>
/// (the "Median − baseline" column): clean and split, facts, the kernel function (rendering, SK's message parsing and
/// settings), the chat client layers, the SDK, strict parsing, verification.
/// Two per-call figures split the model call itself: <see cref="SdkCall"/> sends the same messages through the bare
/// OpenAI SDK (no kernel, no layers), <see cref="KernelCall"/> runs the summarize function on the library's kernel.
/// </summary>
[MedianMinusBaselineColumn]
public class LlmOverheadBenchmarks
{
    private IReadOnlyList<RawArticle> _articles = [];
    private string[] _requestBodies = [];
    private List<ChatMessage>[] _sdkMessages = [];
    private PromptCall[] _kernelCalls = [];
    private FakeOpenAIServer _server = null!;
    private LlmBenchHost _llm = null!, _extractive = null!;
    private HttpClient _http = null!;
    private ChatClient _sdk = null!;
    private Kernel _kernel = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _articles = SeedArticles.Variants(LlmBenchHost.BatchSize);
        _server = FakeOpenAIServer.StartEchoAsync(TimeSpan.Zero).GetAwaiter().GetResult();
        _llm = LlmBenchHost.Create(_server.Endpoint);
        _extractive = LlmBenchHost.Create(null);
        _http = new HttpClient { BaseAddress = new Uri(_server.Endpoint + "/") };
        // One pass in order captures the exact body the pipeline sends for each article (and warms every path).
        _requestBodies = _articles.Select(raw =>
        {
            Check(_llm.Processor.ProcessAsync(raw, default).GetAwaiter().GetResult(), raw);
            return _server.LastEchoRequestBody!;
        }).ToArray();

        _sdk = new OpenAIClient(new ApiKeyCredential("no-key"), new OpenAIClientOptions
        {
            Endpoint = new Uri(_server.Endpoint),
            Transport = new HttpClientPipelineTransport(_http),
        }).GetChatClient("fake-model");
        _sdkMessages = _requestBodies.Select(body => new RecordedRequest(body, "").Messages
            .Select(m => m.Role == "system" ? (ChatMessage)ChatMessage.CreateSystemMessage(m.Content) : ChatMessage.CreateUserMessage(m.Content))
            .ToList()).ToArray();

        _kernel = _llm.Services.GetRequiredKeyedService<Kernel>(LlmServiceKeys.Kernel);
        var requests = new SummaryRequestFactory(_llm.Services.GetRequiredService<PromptFunctions>());
        var factory = _llm.Services.GetRequiredService<ArticleFactory>();
        _kernelCalls = _articles.Select(raw => factory.Create(raw)).Select(a => requests.Summarize(a, a.Sentences)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ModelRoundTrip()
    {
        using var content = new StringContent(_requestBodies[NextIndex()], System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("chat/completions", content);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body.Length : throw new InvalidOperationException(body);
    }

    [Benchmark]
    public async Task<int> SdkCall()
    {
        var options = new ChatCompletionOptions { Temperature = 0, MaxOutputTokenCount = 1200, ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat() };
        var completion = (await _sdk.CompleteChatAsync(_sdkMessages[NextIndex()], options)).Value;
        return completion.Content[0].Text.Length;
    }

    [Benchmark]
    public async Task<int> KernelCall()
    {
        var call = _kernelCalls[NextIndex()];
        var result = await call.Prompt.Function.InvokeAsync(_kernel, call.Arguments);
        return result.GetValue<Microsoft.Extensions.AI.ChatResponse>()!.Text.Length;
    }

    [Benchmark]
    public async Task<int> LlmArticle()
    {
        var raw = _articles[NextIndex()];
        var before = _server.RequestCount;
        var result = await _llm.Processor.ProcessAsync(raw, default);
        if (_server.RequestCount - before != 1) throw new InvalidOperationException($"{raw.Source}: {_server.RequestCount - before} model calls");
        return Check(result, raw);
    }

    [Benchmark]
    public async Task<int> ExtractiveArticle()
    {
        var raw = _articles[NextIndex()];
        return Check(await _extractive.Processor.ProcessAsync(raw, default), raw);
    }

    // A model summary that fell back or failed verification would make the figure mean something else.
    private static int Check(Summarizer.Pipeline.ArticleResult result, RawArticle raw) =>
        result.Summary is { Fallback: null, Verdict.IsVerified: true } s
            ? s.KeyPoints.Count
            : throw new InvalidOperationException($"{raw.Source}: {result.Error ?? result.Summary?.Fallback ?? "not verified"}");

    private int NextIndex() => _next++ % _articles.Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        foreach (var d in new IAsyncDisposable[] { _llm, _extractive, _server })
            d.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
