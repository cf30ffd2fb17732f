using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Summarizer.IntegrationTests.Api;

/// <summary><c>POST /api/comparisons</c> compares only articles that report one story, and answers with a roundup.</summary>
public sealed class ComparisonStoryApiTests : IAsyncLifetime
{
    private const string BakeOff =
        "The village bake-off in Little Hadley was won on Saturday by Margaret Ellis, 82, whose lemon drizzle cake impressed " +
        "the three judges. More than 40 bakers entered the contest, held in the church hall, and the proceeds went to the roof fund.";

    private ServeHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static JsonObject Article(string text, string outlet) => new() { ["outlet"] = outlet, ["text"] = text };

    private async Task<(HttpStatusCode Status, JsonDocument Body)> CompareAsync(params JsonObject[] articles)
    {
        var body = new JsonObject { ["articles"] = new JsonArray(articles) }.ToJsonString();
        var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/comparisons", ServeHost.Json(body)));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Unrelated_articles_are_answered_as_not_one_story_with_the_stories_they_make()
    {
        var (status, body) = await CompareAsync(Article(Seeds.Text(0), "Wire"), Article(Seeds.Text(1), "Daily"), Article(BakeOff, "Village News"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("The articles are not one story", body.RootElement.GetProperty("title").GetString());
        var stories = body.RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => string.Join(',', s.EnumerateArray().Select(i => i.GetInt32()))).Order().ToList();
        Assert.Equal(["0,1", "2"], stories);
        Assert.False(body.RootElement.TryGetProperty("conflicts", out _));
    }

    [Fact]
    public async Task Two_outlets_on_one_story_get_a_comparison_with_a_sourced_roundup()
    {
        var (status, body) = await CompareAsync(Article(Seeds.Text(0), "Wire"), Article(Seeds.Text(3), "Daily"));

        Assert.Equal(HttpStatusCode.OK, status);
        var roundup = body.RootElement.GetProperty("roundup").EnumerateArray().ToList();
        Assert.NotEmpty(roundup);
        Assert.Equal("agreement", roundup[0].GetProperty("part").GetString());
        foreach (var sentence in roundup)
        {
            Assert.False(string.IsNullOrWhiteSpace(sentence.GetProperty("text").GetString()));
            Assert.All(sentence.GetProperty("sources").EnumerateArray(), s => Assert.True(s.GetProperty("sentenceId").GetInt32() >= 0));
        }
    }

    [Fact]
    public async Task Each_compared_article_carries_its_title_and_outlet_and_an_untitled_one_its_leads_first_words()
    {
        var titled = Article(Seeds.Text(0), "Wire");
        titled["title"] = "Allies draft a plan for Ukraine";
        var (status, body) = await CompareAsync(titled, Article(Seeds.Text(3), "Daily"));

        Assert.Equal(HttpStatusCode.OK, status);
        var articles = body.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(["Wire", "Daily"], articles.Select(a => a.GetProperty("outlet").GetString()));
        Assert.Equal("Allies draft a plan for Ukraine", articles[0].GetProperty("title").GetString());
        // Seed 3 states no title: its column is headed by the first words of its lead, as written in the text sent.
        string lead = articles[1].GetProperty("title").GetString()!;
        Assert.EndsWith("…", lead);
        Assert.Contains(lead.TrimEnd('…'), string.Join(' ', Seeds.Text(3).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task An_article_sent_twice_is_a_bad_request_naming_each_repeat_and_the_entry_it_repeats()
    {
        var (twice, body) = await CompareAsync(Article(Seeds.Text(0), "Wire"), Article(Seeds.Text(0), "Wire"));
        var (thrice, three) = await CompareAsync(Article(Seeds.Text(0), "Wire"), Article(Seeds.Text(3), "Daily"), Article(Seeds.Text(0), "Other"));

        Assert.Equal(HttpStatusCode.BadRequest, twice);
        var errors = body.RootElement.GetProperty("errors");
        Assert.Contains("articles[0]", errors.GetProperty("articles[1]")[0].GetString());
        Assert.False(errors.TryGetProperty("articles[0]", out _));
        Assert.False(body.RootElement.TryGetProperty("agreements", out _));
        Assert.StartsWith("1 of the 2 articles repeats", body.RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, thrice);
        Assert.Equal(["articles[2]"], three.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }
}
