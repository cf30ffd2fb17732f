using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.Summaries;

namespace Summarizer.IntegrationTests.Api;

/// <summary>The editors' endpoint under the defects found by trying it as a new user would (issue: the endpoint, hardened).</summary>
public sealed class ApiHardeningTests
{
    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = doc.RootElement.Clone();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()), "a problem has a type");
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()), "a problem has a traceId");
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task One_article_size_limit_applies_to_json_and_text_bodies_alike()
    {
        await using var host = await ServeHost.StartAsync(new Dictionary<string, string?> { ["Summarizer:Input:MaxArticleBytes"] = "20000" });
        string text = string.Concat(Enumerable.Repeat("The council met on Tuesday and approved the new budget for the harbour. ", 400));

        var asJson = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(new JsonObject { ["text"] = text }.ToJsonString())));
        var asText = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes(Encoding.UTF8.GetBytes(text), "text/plain")));
        string comparison = new JsonObject { ["articles"] = new JsonArray(new JsonObject { ["text"] = text }, new JsonObject { ["text"] = text }) }.ToJsonString();
        var inComparison = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/comparisons", ServeHost.Json(comparison)));

        foreach (var response in new[] { asJson, asText, inComparison })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("Summarizer:Input:MaxArticleBytes", (await ProblemOf(response)).GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task A_request_past_its_deadline_stops_its_work_and_gets_503_with_retry_after()
    {
        var engine = new StallingEngine();
        await using var host = await ServeHost.StartAsync(new Dictionary<string, string?> { ["Summarizer:Api:RequestTimeoutSeconds"] = "1" },
            standIns: services => services.Replace(ServiceDescriptor.Singleton<ISummaryEngine>(engine)));

        var response = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes(Encoding.UTF8.GetBytes(Seeds.Text(0)), "text/plain")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("RequestTimeoutSeconds", (await ProblemOf(response)).GetProperty("detail").GetString());
        await engine.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_request_past_its_deadline_logs_one_warning_line_without_a_stack_trace()
    {
        var engine = new StallingEngine();
        var logs = new Summarizer.Testing.CapturingLoggerProvider();
        await using var host = await ServeHost.StartAsync(new Dictionary<string, string?> { ["Summarizer:Api:RequestTimeoutSeconds"] = "1" },
            standIns: services =>
            {
                services.Replace(ServiceDescriptor.Singleton<ISummaryEngine>(engine));
                services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
            });

        var response = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes(Encoding.UTF8.GetBytes(Seeds.Text(0)), "text/plain")));
        await engine.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(200);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        // Warnings and worse only (the test host's level): one line, naming the request and the setting, and no stack.
        var line = Assert.Single(logs.Lines, l => !l.StartsWith("Information", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal)
            && !l.StartsWith("Trace", StringComparison.Ordinal));
        Assert.StartsWith("Warning ", line);
        Assert.Contains("POST /api/summaries", line);
        Assert.Contains("Summarizer:Api:RequestTimeoutSeconds", line);
        Assert.DoesNotContain("   at ", line);
        Assert.DoesNotContain("Exception", line);
    }

    [Fact]
    public async Task A_client_that_hangs_up_cancels_the_work()
    {
        var engine = new StallingEngine();
        await using var host = await ServeHost.StartAsync(standIns: services => services.Replace(ServiceDescriptor.Singleton<ISummaryEngine>(engine)));
        using var hangUp = new CancellationTokenSource();

        var sending = host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes(Encoding.UTF8.GetBytes(Seeds.Text(0)), "text/plain")), hangUp.Token);
        await engine.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        hangUp.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await engine.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Failed_authentication_is_rate_limited_by_client_address()
    {
        await using var host = await ServeHost.StartAsync(new Dictionary<string, string?> { ["Summarizer:Api:UnauthenticatedRequestsPerWindow"] = "5" });
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 8; i++)
            statuses.Add((await host.Client.SendAsync(host.Request(HttpMethod.Get, "/api/runs/latest", key: $"guess-{i}"))).StatusCode);
        var limited = await host.Client.SendAsync(host.Request(HttpMethod.Get, "/api/runs/latest", key: "guess-9"));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.NotNull(limited.Headers.RetryAfter);
        await ProblemOf(limited);
        // A valid key has its own allowance.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await host.Client.SendAsync(host.Request(HttpMethod.Get, "/api/runs/latest"))).StatusCode);
    }

    [Fact]
    public async Task Every_client_error_is_a_problem_with_type_and_trace_id_and_plain_words()
    {
        await using var host = await ServeHost.StartAsync();
        var responses = new[]
        {
            await host.Client.SendAsync(host.Request(HttpMethod.Get, "/api/runs/latest", key: null)),
            await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json("""{"text": 42}"""))),
            await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json("""{"text": "a"""))),
            await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes([0x89, 0x50, 0x00, 0xFF], "text/plain"))),
            await host.Client.SendAsync(host.Request(HttpMethod.Get, "/api/summaries/00000000000000ff")),
            await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes("x"u8.ToArray(), "application/xml"))),
        };

        foreach (var response in responses)
        {
            Assert.InRange((int)response.StatusCode, 400, 499);
            string text = (await ProblemOf(response)).GetRawText();
            Assert.DoesNotContain("Summarizer.", text);
            Assert.DoesNotContain("BytePosition", text);
            Assert.DoesNotContain("the file", text);
        }
        Assert.Contains("'text' must be a string", await responses[1].Content.ReadAsStringAsync());
        Assert.Contains("the body is binary", await responses[3].Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_declared_charset_is_honoured_or_refused_by_name()
    {
        await using var host = await ServeHost.StartAsync(realVerifier: true);
        string text = "Ministre Sébastien Lecornu a présenté le plan\nLe ministre Sébastien Lecornu a présenté mardi un plan de défense européen. Le plan prévoit une force de réassurance.";

        var latin1 = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes(Encoding.Latin1.GetBytes(text), "text/plain; charset=iso-8859-1")));
        var koi8 = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes(Encoding.Latin1.GetBytes(text), "text/plain; charset=koi8-r")));

        Assert.Equal(HttpStatusCode.Created, latin1.StatusCode);
        using var body = JsonDocument.Parse(await latin1.Content.ReadAsStringAsync());
        Assert.Contains("Sébastien Lecornu", body.RootElement.GetProperty("article").GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, koi8.StatusCode);
        Assert.Contains("koi8-r", (await ProblemOf(koi8)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Responses_carry_the_security_headers_and_a_post_says_where_its_summary_lives()
    {
        await using var host = await ServeHost.StartAsync();
        var page = await host.Client.GetAsync("/");
        var first = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes(Encoding.UTF8.GetBytes(Seeds.Text(1)), "text/plain")));
        var again = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Bytes(Encoding.UTF8.GetBytes(Seeds.Text(1)), "text/plain")));

        foreach (var response in new[] { page, first })
        {
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        string id = body.RootElement.GetProperty("id").GetString()!;
        Assert.Equal($"/api/summaries/{id}", first.Headers.Location?.OriginalString);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var get = await host.Client.SendAsync(host.Request(HttpMethod.Get, first.Headers.Location!.OriginalString));
        using var stored = JsonDocument.Parse(await get.Content.ReadAsStringAsync());
        Assert.Equal(id, stored.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Pasted_html_is_read_as_a_page_so_its_markup_becomes_no_fact()
    {
        await using var host = await ServeHost.StartAsync(realVerifier: true);
        string html = "<article><h1>Harbour plan approved</h1><p>The council approved the harbour plan on Tuesday, Mayor Anna Berg said.</p>" +
                      "<p>Work on the new quay starts in May and should take two years.</p><img src=x onerror=\"alert(1)\"><script>alert(2)</script></article>";

        var response = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(new JsonObject { ["text"] = html }.ToJsonString())));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        string text = root.GetProperty("article").GetProperty("text").GetString()!;
        Assert.DoesNotContain("alert", text);
        Assert.DoesNotContain("<", text);
        Assert.Equal("Harbour plan approved", root.GetProperty("article").GetProperty("title").GetString());
        Assert.DoesNotContain("alert", root.GetProperty("summary").GetRawText());
        Assert.Empty(root.GetProperty("facts").GetProperty("quotes").EnumerateArray());
    }
}
