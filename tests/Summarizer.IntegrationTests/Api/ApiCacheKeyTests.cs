using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Summarizer.IntegrationTests.Api;

/// <summary>The API's stored summaries are keyed by everything that shaped them, not by the article id alone.</summary>
public sealed class ApiCacheKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-api-key-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static string Article(string? title = "Seed", string? outlet = "Wire") =>
        new JsonObject { ["title"] = title, ["outlet"] = outlet, ["text"] = Seeds.Text(0) }.ToJsonString();

    private static async Task<JsonElement> PostAsync(ServeHost host, string json)
    {
        var response = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(json)));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static int KeyPoints(JsonElement response) => response.GetProperty("summary").GetProperty("keyPoints").GetArrayLength();

    [Fact]
    public async Task Serving_again_with_other_engine_options_over_the_same_cache_makes_a_new_summary()
    {
        await using (var one = await ServeHost.StartAsync(new Dictionary<string, string?> { ["Summarizer:Extractive:Sentences"] = "1" }, folder: _folder))
            Assert.Equal(0, KeyPoints(await PostAsync(one, Article())));

        var longer = new Dictionary<string, string?>
        {
            ["Summarizer:Extractive:Sentences"] = "6",
            ["Summarizer:Extractive:MinSummaryWords"] = "250",
            ["Summarizer:Extractive:MaxSummaryWords"] = "300",
        };
        await using var six = await ServeHost.StartAsync(longer, folder: _folder);
        var response = await PostAsync(six, Article());

        Assert.Equal(5, KeyPoints(response));
        Assert.False(response.GetProperty("cached").GetBoolean());
        string id = response.GetProperty("summary").GetProperty("id").GetString()!;
        var get = await six.Client.SendAsync(six.Request(HttpMethod.Get, $"/api/summaries/{id}"));
        Assert.Equal(5, KeyPoints(JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement));
    }

    [Fact]
    public async Task Get_by_id_answers_what_the_last_post_of_that_article_answered()
    {
        await using var host = await ServeHost.StartAsync(folder: _folder);
        var first = await PostAsync(host, Article("First title", "First outlet"));
        var second = await PostAsync(host, Article("Second title", "Second outlet"));
        string id = second.GetProperty("summary").GetProperty("id").GetString()!;
        Assert.Equal(first.GetProperty("summary").GetProperty("id").GetString(), id);

        var get = await host.Client.SendAsync(host.Request(HttpMethod.Get, $"/api/summaries/{id}"));
        using var stored = JsonDocument.Parse(await get.Content.ReadAsStringAsync());

        Assert.Equal("Second title", stored.RootElement.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal("Second outlet", stored.RootElement.GetProperty("summary").GetProperty("outlet").GetString());
    }
}
