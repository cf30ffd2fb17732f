using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Summarizer.IntegrationTests.Llm.Support;

/// <summary>
/// A real HTTP server on a free loopback port speaking just enough of the OpenAI API: <c>POST /v1/chat/completions</c>
/// answers from a queue of scripted replies and records every request (body and Authorization header).
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _replies = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _inFlight, _maxInFlight;

    private FakeOpenAIServer(WebApplication app) => _app = app;

    /// <summary>Base URL to configure as the endpoint, e.g. <c>http://127.0.0.1:41234/v1</c>.</summary>
    public string Endpoint { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>The most requests that were being handled at the same moment.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        server.Endpoint = app.Urls.Single().TrimEnd('/') + "/v1";
        return server;
    }

    public FakeOpenAIServer Enqueue(params ScriptedReply[] replies)
    {
        foreach (var r in replies) _replies.Enqueue(r);
        return this;
    }

    private async Task HandleAsync(HttpContext ctx)
    {
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
        _requests.Enqueue(new RecordedRequest(body, ctx.Request.Headers.Authorization.ToString()));

        var reply = _replies.TryDequeue(out var r) ? r : new ScriptedReply(500, """{"error":{"message":"no scripted reply left"}}""");
        if (reply.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Delay, ctx.RequestAborted); }
            catch (OperationCanceledException) { return; } // the client gave up (attempt timeout)
        }
        ctx.Response.StatusCode = reply.Status;
        ctx.Response.ContentType = "application/json";
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>()) ctx.Response.Headers[name] = value;
        await ctx.Response.WriteAsync(reply.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
