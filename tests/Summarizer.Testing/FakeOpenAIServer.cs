using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Summarizer.Testing;

/// <summary>
/// A real HTTP server on a free loopback port speaking just enough of the OpenAI API: <c>POST /v1/chat/completions</c>
/// (and Azure OpenAI's <c>POST /openai/deployments/{deployment}/chat/completions</c>) answers from a queue of scripted
/// replies and records every request (body, path and query, and the Authorization and api-key headers).
/// Started with <see cref="StartEchoAsync"/>, it instead answers every request after a fixed delay with
/// <see cref="EchoSummary.ReplyTo"/> and only counts requests and keeps the latest body (nothing accumulates, so it suits long benchmarks).
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _replies = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, int> _echoCalls = new(StringComparer.Ordinal);
    private readonly TimeSpan? _echoDelay;
    private int _inFlight, _maxInFlight, _requestCount;
    private string? _lastEchoBody;

    private FakeOpenAIServer(WebApplication app, TimeSpan? echoDelay)
    {
        _app = app;
        _echoDelay = echoDelay;
    }

    /// <summary>Base URL to configure as the endpoint, e.g. <c>http://127.0.0.1:41234/v1</c>.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>The server's root, to configure as an Azure OpenAI resource URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string Root { get; private set; } = "";

    /// <summary>Requests recorded in scripted mode (empty in echo mode).</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Every chat-completions request received so far, in either mode.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>The body of the latest request answered in echo mode (null before the first).</summary>
    public string? LastEchoRequestBody => Volatile.Read(ref _lastEchoBody);

    /// <summary>
    /// Summary requests answered in echo mode, per article (<see cref="EchoSummary.ArticleKey"/>); a snapshot.
    /// </summary>
    public IReadOnlyDictionary<string, int> EchoCallsPerArticle => new Dictionary<string, int>(_echoCalls, StringComparer.Ordinal);

    /// <summary>The most requests that were being handled at the same moment.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>Starts a server answering from the scripted queue (<see cref="Enqueue"/>).</summary>
    public static Task<FakeOpenAIServer> StartAsync() => StartAsync(null);

    /// <summary>Starts a server answering every request, after <paramref name="delay"/>, with a verifiable echo summary.</summary>
    public static Task<FakeOpenAIServer> StartEchoAsync(TimeSpan delay) => StartAsync(delay);

    private static async Task<FakeOpenAIServer> StartAsync(TimeSpan? echoDelay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAIServer(app, echoDelay);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        await app.StartAsync();
        server.Root = app.Urls.Single().TrimEnd('/') + "/";
        server.Endpoint = server.Root + "v1";
        return server;
    }

    /// <summary>Queues replies, answered in order (a 500 once the queue is empty).</summary>
    public FakeOpenAIServer Enqueue(params ScriptedReply[] replies)
    {
        foreach (var r in replies) _replies.Enqueue(r);
        return this;
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        Interlocked.Increment(ref _requestCount);
        var now = Interlocked.Increment(ref _inFlight);
        for (int seen; (seen = Volatile.Read(ref _maxInFlight)) < now && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen;) { }
        try
        {
            await ReplyAsync(ctx);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task ReplyAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var body = await reader.ReadToEndAsync();
        ScriptedReply reply;
        if (_echoDelay is { } delay)
        {
            Volatile.Write(ref _lastEchoBody, body);
            // The request is parsed once: the fake answers at the pace of a remote model, using little of the CPU that
            // the processes under test share with it.
            var prompt = EchoSummary.UserPrompt(body);
            if (!EchoSummary.IsComparison(prompt) && EchoSummary.ArticleKey(prompt) is { } article) _echoCalls.AddOrUpdate(article, 1, (_, n) => n + 1);
            reply = EchoSummary.ReplyTo(prompt, body.Length) with { Delay = delay };
        }
        else
        {
            _requests.Enqueue(new RecordedRequest(body, ctx.Request.Headers.Authorization.ToString())
            {
                PathAndQuery = ctx.Request.Path + ctx.Request.QueryString,
                ApiKey = ctx.Request.Headers["api-key"].ToString(),
            });
            reply = _replies.TryDequeue(out var r) ? r : new ScriptedReply(500, """{"error":{"message":"no scripted reply left"}}""");
        }
        if (reply.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Delay, ctx.RequestAborted); }
            catch (OperationCanceledException) { return; } // the client gave up (attempt timeout)
        }
        ctx.Response.StatusCode = reply.Status;
        ctx.Response.ContentType = reply.ContentType;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>()) ctx.Response.Headers[name] = value;
        if (reply.BytesPerSecond is { } rate) await TrickleAsync(ctx, reply.Body, rate);
        else await ctx.Response.WriteAsync(reply.Body);
    }

    /// <summary>Sends the headers, then the body a tenth of <paramref name="bytesPerSecond"/> every 100 ms.</summary>
    private static async Task TrickleAsync(HttpContext ctx, string body, int bytesPerSecond)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        var chunk = Math.Max(1, bytesPerSecond / 10);
        ctx.Response.ContentLength = bytes.Length;
        try
        {
            await ctx.Response.StartAsync(ctx.RequestAborted);
            for (var sent = 0; sent < bytes.Length; sent += chunk)
            {
                await ctx.Response.Body.WriteAsync(bytes.AsMemory(sent, Math.Min(chunk, bytes.Length - sent)), ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                await Task.Delay(TimeSpan.FromMilliseconds(100), ctx.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client gave up (attempt timeout) or hung up.
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
