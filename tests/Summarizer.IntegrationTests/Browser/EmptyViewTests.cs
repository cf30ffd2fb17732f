using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Summarizer.IntegrationTests.Browser;

/// <summary>The page before anything is pasted: it says what to do and where the key comes from, at phone and laptop width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmptyViewTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_empty_page_explains_what_to_paste_and_where_the_key_comes_from(int width)
    {
        await using var editor = await EditorPage.OpenAsync(fixture, width, output);
        var page = editor.Page;

        Assert.True(await page.Locator("#empty-state").IsVisibleAsync());
        string guide = await page.TextContentAsync("#empty-state") ?? "";
        Assert.Contains("Summarizer:Api:ApiKeys", guide);
        Assert.Contains("Summarizer__Api__ApiKeys__0", guide);
        Assert.Contains("Paste the article", guide);
        Assert.False(await page.Locator("#summary-view").IsVisibleAsync());
        Assert.False(await page.Locator("#story-view").IsVisibleAsync());
        // Every field is reachable by its label, as a screen reader announces it.
        foreach (string label in new[] { "API key", "Title", "Outlet", "Article text", "Or open a file" })
            Assert.Equal(1, await page.GetByLabel(label).CountAsync());
        Assert.True(await page.Locator("#compare").IsDisabledAsync(), "comparing needs two articles");
        Assert.Equal("0 articles", await page.TextContentAsync("#story-count"));

        await editor.AssertNoHorizontalScrollAsync();
        await editor.AssertAccessibleAsync();
        await editor.ScreenshotAsync("empty");
        editor.AssertNothingFailed();
    }

    [Fact]
    public async Task Keyboard_focus_follows_the_reading_order_and_is_visible()
    {
        await using var editor = await EditorPage.OpenAsync(fixture, 1280, output);
        var page = editor.Page;
        var order = new List<string>();
        for (int i = 0; i < 12 && !order.Contains("summarize"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.className"));
            string outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
            Assert.NotEqual("none", outline);
        }

        string[] expected = ["skip-link", "api-key", "title", "outlet", "text", "file", "summarize"];
        Assert.Equal(expected, order.Where(expected.Contains).Distinct());
        Assert.Equal(expected.Length, order.Count);
    }

    [Fact]
    public async Task The_favicons_are_served()
    {
        foreach (string path in new[] { "/favicon.svg", "/favicon.ico" })
        {
            using var response = await fixture.Host.Client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
