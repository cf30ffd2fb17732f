using System.Net;

namespace Summarizer.IntegrationTests.Api;

public class RateLimitTests
{
    [Fact]
    public async Task Each_key_has_its_own_window_and_the_excess_gets_429_with_retry_after()
    {
        await using var host = await ServeHost.StartAsync(new Dictionary<string, string?>
        {
            ["Summarizer:Api:RequestsPerWindow"] = "2",
            ["Summarizer:Api:RateLimitWindowSeconds"] = "600",
        });
        async Task<HttpResponseMessage> Call(string key) => await host.Client.SendAsync(host.Request(HttpMethod.Get, "/api/runs/latest", key: key));

        Assert.Equal(HttpStatusCode.NotFound, (await Call(ServeHost.ApiKey)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Call(ServeHost.ApiKey)).StatusCode);
        var limited = await Call(ServeHost.ApiKey);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing");
        Assert.Equal(HttpStatusCode.NotFound, (await Call("second-key")).StatusCode);
    }
}
