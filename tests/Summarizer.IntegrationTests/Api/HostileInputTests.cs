using System.Net;
using System.Text;

namespace Summarizer.IntegrationTests.Api;

/// <summary>Whatever a client sends, the answer is a 4xx problem naming what is wrong, never a 500.</summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private ServeHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync(new Dictionary<string, string?>
    {
        ["Summarizer:Api:MaxBodyBytes"] = "3000000",
        ["Summarizer:Api:RequestsPerWindow"] = "1000",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string, int, string?> Bodies => new()
    {
        { "empty", "application/json", 400, "body" },
        { "empty-text", "text/plain", 400, "body" },
        { "{}", "application/json", 400, "text" },
        { "[]", "application/json", 400, "body" },
        { "null", "application/json", 400, "body" },
        { "\"just a string\"", "application/json", 400, "body" },
        { """{"text": 42}""", "application/json", 400, "text" },
        { """{"text": "   "}""", "application/json", 400, "text" },
        { """{"text": "Too short."}""", "application/json", 400, "text" },
        { """{"text": "unterminated""", "application/json", 400, "text" },
        { "{\"text\": \"a\"", "application/json", 400, "body" },
        { "deep", "application/json", 400, null },
        { "binary", "text/plain", 400, "body" },
        { "binary", "application/json", 400, "body" },
        { "<article>x</article>", "application/xml", 415, null },
        { "text", "", 415, null },
        { "comparison-deep", "application/json", 400, null },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Bad_bodies_get_a_client_error_naming_the_field(string body, string contentType, int status, string? field)
    {
        byte[] bytes = body switch
        {
            "empty" or "empty-text" => [],
            "deep" or "comparison-deep" => Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)),
            "binary" => [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x01],
            _ => Encoding.UTF8.GetBytes(body),
        };
        string path = body == "comparison-deep" ? "/api/comparisons" : "/api/summaries";
        var content = new ByteArrayContent(bytes);
        if (contentType.Length > 0) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, path, content));
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{body}: expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null) Assert.Contains($"\"{field}\"", text);
    }

    [Fact]
    public async Task A_12_MB_body_gets_413()
    {
        var big = new string('a', 12 * 1024 * 1024);
        foreach (var content in new HttpContent[] { ServeHost.Json($$"""{"text":"{{big}}"}"""), ServeHost.Bytes(Encoding.UTF8.GetBytes(big), "text/plain") })
        {
            var request = _host.Request(HttpMethod.Post, "/api/summaries", content);
            // As a well-behaved client would: the server refuses on the headers, before 12 MB go over the wire.
            request.Headers.ExpectContinue = true;
            var response = await _host.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_413()
    {
        var stream = new MemoryStream(new byte[4 * 1024 * 1024]);
        var content = new StreamContent(stream);
        content.Headers.ContentType = new("text/plain");
        var request = _host.Request(HttpMethod.Post, "/api/summaries", content);
        request.Headers.TransferEncodingChunked = true;
        var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_article_with_markup_is_summarised_from_its_text_alone()
    {
        string text = Seeds.Text(2) + "\n<script>alert(1)</script> <img src=x onerror=alert(2)>";
        var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/summaries",
            ServeHost.Json(System.Text.Json.JsonSerializer.Serialize(new { text }))));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("alert", body);
        Assert.DoesNotContain("onerror", body);
    }
}
