using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Summarizer.IntegrationTests.Api;

public sealed class SummariesApiTests : IAsyncLifetime
{
    private ServeHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string ArticleJson(int seed = 0) => new JsonObject { ["title"] = "Seed", ["outlet"] = "Wire", ["text"] = Seeds.Text(seed) }.ToJsonString();

    [Fact]
    public async Task Without_a_valid_key_the_api_answers_401_and_health_needs_none()
    {
        var none = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(ArticleJson()), key: null));
        var wrong = await _host.Client.SendAsync(_host.Request(HttpMethod.Get, "/api/runs/latest", key: "test-key-7f3d"));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("/healthz")).StatusCode);
        var secondKey = await _host.Client.SendAsync(_host.Request(HttpMethod.Get, "/api/runs/latest", key: "second-key"));
        Assert.NotEqual(HttpStatusCode.Unauthorized, secondKey.StatusCode);
    }

    [Fact]
    public async Task Post_summarises_with_a_verdict_then_serves_the_cache_and_get_by_id()
    {
        var first = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(ArticleJson())));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var summary = body.RootElement.GetProperty("summary");
        Assert.False(body.RootElement.GetProperty("cached").GetBoolean());
        Assert.NotEmpty(summary.GetProperty("headline").GetString()!);
        Assert.True(summary.GetProperty("verdict").GetProperty("findings").GetArrayLength() > 0);
        Assert.True(body.RootElement.GetProperty("article").GetProperty("sentences").GetArrayLength() > 3);

        var second = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(ArticleJson())));
        using var again = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.True(again.RootElement.GetProperty("cached").GetBoolean());

        string id = summary.GetProperty("id").GetString()!;
        var byId = await _host.Client.SendAsync(_host.Request(HttpMethod.Get, $"/api/summaries/{id}"));
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.SendAsync(_host.Request(HttpMethod.Get, "/api/summaries/0123456789abcdef"))).StatusCode);
    }

    [Fact]
    public async Task Plain_text_bodies_are_read_like_a_text_file()
    {
        string text = "Harbour plan approved after long debate\nThe city council approved the harbour plan on Tuesday after a long debate. Work on the new quay starts in May.";
        var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/summaries",
            ServeHost.Bytes(System.Text.Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var article = body.RootElement.GetProperty("article");
        Assert.Equal("Harbour plan approved after long debate", article.GetProperty("title").GetString());
        Assert.StartsWith("The city council approved", article.GetProperty("text").GetString());
        Assert.Equal(2, article.GetProperty("sentences").GetArrayLength());
        Assert.StartsWith("The city council approved", body.RootElement.GetProperty("summary").GetProperty("lede").GetString());
    }

    // The editor page always posts JSON: a pasted article with no title typed must be read as the same text from a
    // .txt file is by `summarizer run` (its first line the title when it reads like one), with the same id.
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task A_json_body_with_only_text_is_read_like_the_same_text_from_a_txt_file(int seed)
    {
        var expected = new Summarizer.Articles.ArticleFactory().Create(SeedArticles.Load()[seed]);
        Assert.NotNull(expected.Title);

        foreach (var content in new[]
        {
            ServeHost.Json(new JsonObject { ["text"] = Seeds.Text(seed) }.ToJsonString()),
            ServeHost.Json(new JsonObject { ["title"] = "  ", ["outlet"] = null, ["text"] = Seeds.Text(seed) }.ToJsonString()),
            ServeHost.Bytes(System.Text.Encoding.UTF8.GetBytes(Seeds.Text(seed)), "text/plain; charset=utf-8"),
        })
        {
            var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/summaries", content));
            Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var article = body.RootElement.GetProperty("article");
            Assert.Equal(expected.Id, body.RootElement.GetProperty("id").GetString());
            Assert.Equal(expected.Title, article.GetProperty("title").GetString());
            Assert.Equal(expected.Text, article.GetProperty("text").GetString());
            Assert.Equal(expected.Sentences.Count, article.GetProperty("sentences").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_json_body_with_a_title_keeps_that_title()
    {
        string text = "Harbour plan approved after long debate\nThe city council approved the harbour plan on Tuesday after a long debate. Work on the new quay starts in May.";
        var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/summaries",
            ServeHost.Json(new JsonObject { ["title"] = "Quay plan", ["text"] = text }.ToJsonString())));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Quay plan", body.RootElement.GetProperty("article").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Comparisons_validate_the_article_count_then_compare_the_articles()
    {
        string one = $$"""{"articles":[{{ArticleJson()}}]}""";
        string two = $$"""{"articles":[{{ArticleJson(0)}},{{ArticleJson(1)}}]}""";
        var tooFew = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/comparisons", ServeHost.Json(one)));
        Assert.Equal(HttpStatusCode.BadRequest, tooFew.StatusCode);
        Assert.Contains("\"articles\"", await tooFew.Content.ReadAsStringAsync());
        var valid = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/comparisons", ServeHost.Json(two)));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        using var comparison = System.Text.Json.JsonDocument.Parse(await valid.Content.ReadAsStringAsync());
        Assert.StartsWith("story-", comparison.RootElement.GetProperty("storyId").GetString());
        Assert.Equal(2, comparison.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, comparison.RootElement.GetProperty("conflicts").ValueKind);
    }

    [Fact]
    public async Task Latest_run_is_404_before_any_run_and_the_report_after()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.SendAsync(_host.Request(HttpMethod.Get, "/api/runs/latest"))).StatusCode);
        Directory.CreateDirectory(_host.OutputFolder);
        await File.WriteAllTextAsync(Path.Combine(_host.OutputFolder, "latest-run.json"), """{"unchangedFiles":3}""");
        var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Get, "/api/runs/latest"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("unchangedFiles", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_editor_page_is_served_at_the_root()
    {
        var page = await _host.Client.GetStringAsync("/");
        Assert.Contains("<title>Summarizer", page);
        Assert.Contains("textContent", await _host.Client.GetStringAsync("/js/dom.js"));
    }
}
