using System.Net;
using System.Text;
using System.Text.Json;

namespace Summarizer.IntegrationTests.Api;

/// <summary>
/// A refused body says why in the problem's words, whichever way it was refused: a media type the endpoint does not take
/// names what it does take (not only a missing one), a body over the limit gets the limit's message however it was sent,
/// and malformed JSON is placed at the line and column the client wrote. On Kestrel, whose own body limit is in play.
/// </summary>
[Collection(nameof(KestrelHostCollection))]
public sealed class RequestBodyTests : IAsyncLifetime
{
    private const int Limit = 100_000;
    private ServeHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync(new Dictionary<string, string?>
    {
        ["Summarizer:Api:MaxBodyBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Summarizer:Api:RequestsPerWindow"] = "1000",
    }, kestrel: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Problem)> PostAsync(string path, HttpContent content, bool chunked = false)
    {
        var request = _host.Request(HttpMethod.Post, path, content);
        if (chunked) request.Headers.TransferEncodingChunked = true;
        var response = await _host.Client.SendAsync(request);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public static TheoryData<string, string, string[]> RefusedMediaTypes => new()
    {
        { "/api/summaries", "application/xml", ["application/json", "text/plain"] },
        { "/api/summaries", "", ["application/json", "text/plain"] },
        { "/api/summaries", "image/png", ["application/json", "text/plain"] },
        { "/api/comparisons", "text/plain", ["application/json"] },
        { "/api/comparisons", "application/xml", ["application/json"] },
    };

    [Theory]
    [MemberData(nameof(RefusedMediaTypes))]
    public async Task A_refused_media_type_gets_415_saying_what_is_accepted_and_what_was_sent(string path, string contentType, string[] accepted)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("<article>An article.</article>"));
        if (contentType.Length > 0) content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var (status, problem) = await PostAsync(path, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        string detail = problem.GetProperty("detail").GetString()!;
        int sent = detail.IndexOf(", not ", StringComparison.Ordinal);
        Assert.True(sent > 0, detail);
        foreach (var type in new[] { "application/json", "text/plain" })
            Assert.Equal(accepted.Contains(type), detail[..sent].Contains(type, StringComparison.Ordinal));
        Assert.Contains(contentType.Length > 0 ? $"'{contentType}'" : "(none)", detail[sent..]);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_the_same_413_as_a_declared_length_over_it()
    {
        byte[] big = Encoding.UTF8.GetBytes(new string('a', 4 * Limit));

        var (declaredStatus, declared) = await PostAsync("/api/summaries", ServeHost.Bytes(big, "text/plain"));
        var (chunkedStatus, chunked) = await PostAsync("/api/summaries",
            new StreamContent(new MemoryStream(big)) { Headers = { ContentType = new("text/plain") } }, chunked: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declaredStatus);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedStatus);
        Assert.Contains(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), declared.GetProperty("detail").GetString());
        Assert.Equal(declared.GetProperty("title").GetString(), chunked.GetProperty("title").GetString());
        Assert.Equal(declared.GetProperty("detail").GetString(), chunked.GetProperty("detail").GetString());
    }

    public static TheoryData<string, string, string> MalformedJson => new()
    {
        { "{\"text\":\n \"abc\" oops}", "body", "oops" },
        { "{\n  \"title\": \"Café à l’été\", \"text\": ]}", "text", "]}" },
    };

    [Theory]
    [MemberData(nameof(MalformedJson))]
    public async Task Malformed_json_is_placed_at_the_line_and_column_the_client_wrote(string json, string field, string marker)
    {
        var (status, problem) = await PostAsync("/api/summaries", ServeHost.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        string message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        var lines = json.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.Contains($"(line {line + 1}, column {lines[line].IndexOf(marker, StringComparison.Ordinal) + 1})", message);
        Assert.DoesNotContain("LineNumber", message);
        Assert.DoesNotContain("BytePosition", message);
    }

    // The schema calls the text a non-empty string; a body without one still binds, and is refused by name.
    [Theory]
    [InlineData("/api/summaries", "{}", "text")]
    [InlineData("/api/summaries", "{\"text\": null, \"title\": \"Fire\"}", "text")]
    [InlineData("/api/summaries", "{\"text\": \"\"}", "text")]
    [InlineData("/api/comparisons", "{\"articles\": [{\"text\": \"Fire crews spent six hours fighting a blaze at a warehouse in Springfield on Monday.\"}, null]}", "articles[1].text")]
    [InlineData("/api/comparisons", "{\"articles\": [{\"text\": \"Fire crews spent six hours fighting a blaze at a warehouse in Springfield on Monday.\"}, {\"title\": \"Fire\"}]}", "articles[1].text")]
    public async Task A_missing_or_empty_text_gets_400_naming_it(string path, string json, string field)
    {
        var (status, problem) = await PostAsync(path, ServeHost.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}

/// <summary>
/// Tests that start the host on Kestrel outside the browser tests' fixture run on their own: two web application
/// factories starting at once in one process interfere (the browser fixture's start failed beside this one's).
/// </summary>
[CollectionDefinition(nameof(KestrelHostCollection), DisableParallelization = true)]
public sealed class KestrelHostCollection;
