using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Summarizer.IntegrationTests.Api;
using Xunit.Abstractions;

namespace Summarizer.IntegrationTests.Browser;

/// <summary>
/// Parts of a comparison answer the page shows as they arrive: a roundup traced to its sources, and a refusal because
/// the articles are not one story. The server's answer is taken and amended (or replaced) in the browser, so the page
/// is held to the shapes it promises to read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StoryAnswerTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_roundup_is_shown_above_the_conflicts_each_sentence_with_its_sources()
    {
        await using var editor = await EditorPage.OpenAsync(fixture, 1280, output);
        var page = editor.Page;
        await page.RouteAsync("**/api/comparisons", async route =>
        {
            var response = await route.FetchAsync();
            var answer = JsonNode.Parse(await response.TextAsync())!.AsObject();
            string first = answer["articles"]![0]!["id"]!.GetValue<string>(), second = answer["articles"]![1]!["id"]!.GetValue<string>();
            answer["roundup"] = JsonNode.Parse($$"""
                {"sentences": [
                  {"text": "Britain and France are preparing a plan for a force in Ukraine.", "sources": [{"articleId": "{{first}}", "sentenceId": 0}, {"articleId": "{{second}}", "sentenceId": 2}]},
                  {"text": "The outlets differ on Keir Starmer's role.", "sources": [{"articleId": "{{second}}", "sentenceId": 12}]}
                ]}
                """);
            await route.FulfillAsync(new() { Response = response, Body = answer.ToJsonString() });
        });
        await CompareTwoAsync(editor);

        var sentences = page.Locator("#roundup > li");
        Assert.Equal(2, await sentences.CountAsync());
        Assert.Equal(["One, sentence 1", "Two, sentence 3"], await sentences.First.Locator(".source-chip").AllTextContentsAsync());
        Assert.True((await editor.BoxAsync("#roundup-heading")).Top < (await editor.BoxAsync("#conflicts-heading")).Top);
        editor.AssertNothingFailed();
    }

    [Fact]
    public async Task Articles_that_are_not_one_story_get_the_servers_explanation()
    {
        await using var editor = await EditorPage.OpenAsync(fixture, 390, output);
        var page = editor.Page;
        const string detail = "Article 2 is about another event: it shares no person, place or figure with article 1.";
        await page.RouteAsync("**/api/comparisons", route => route.FulfillAsync(new()
        {
            Status = 422,
            ContentType = "application/problem+json",
            Body = new JsonObject { ["title"] = "Not one story", ["detail"] = detail, ["status"] = 422, ["traceId"] = "00-abc-01" }.ToJsonString(),
        }));
        await CompareTwoAsync(editor, expectView: false);

        await editor.WaitForAsync("#error:not([hidden])", "no explanation shown");
        Assert.Equal("Not one story", await page.TextContentAsync("#error .problem-title"));
        Assert.Equal(detail, await page.TextContentAsync("#error .problem-detail"));
        Assert.Contains("00-abc-01", await page.TextContentAsync("#error"));
        Assert.False(await page.Locator("#story-view").IsVisibleAsync());
        Assert.Equal("2 articles", await page.TextContentAsync("#story-count"));
        await editor.AssertNoHorizontalScrollAsync();
        Assert.Equal(["422 " + new Uri(fixture.Host.Address, "/api/comparisons")], editor.FailedRequests);
    }

    private static async Task CompareTwoAsync(EditorPage editor, bool expectView = true)
    {
        await editor.EnterKeyAsync();
        await editor.AddToStoryAsync(Seeds.Text(1), "One");
        await editor.AddToStoryAsync(Seeds.Text(2), "Two");
        if (expectView) await editor.CompareAsync();
        else await editor.Page.ClickAsync("#compare");
    }
}
