using System.Text.RegularExpressions;
using Summarizer.IntegrationTests.Api;
using Xunit.Abstractions;

namespace Summarizer.IntegrationTests.Browser;

/// <summary>
/// Two outlets' articles compared after a summary is already on the page: the story view spans the page, is scrolled
/// into sight, and shows the Keir Starmer role row (seed 1 says Prime Minister; seed 2 says Defense Secretary and Prime
/// Minister, so the row is seed 2's own inconsistency) with the values and sentences in that outlet's column.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StoryViewTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string First = "Outlet One", Second = "Outlet Two";

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_story_view_spans_the_page_in_sight_with_each_outlets_value_in_its_column(int width)
    {
        await using var editor = await EditorPage.OpenAsync(fixture, width, output);
        var page = editor.Page;
        await editor.EnterKeyAsync();
        await editor.FillArticleAsync(Seeds.Text(0));
        await editor.SummariseAsync();
        await editor.AddToStoryAsync(Seeds.Text(1), First);
        await editor.AddToStoryAsync(Seeds.Text(2), Second);
        Assert.Equal("2 articles", await page.TextContentAsync("#story-count"));
        await editor.CompareAsync();

        // In sight and focused as soon as it appears, below a summary that is still on the page.
        var story = await editor.BoxAsync("#story-view");
        Assert.InRange(story.Top, 0, story.ViewportHeight / 4);
        Assert.Equal("story-view", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var workspace = await page.EvalOnSelectorAsync<double>("#main", "m => m.clientWidth - parseFloat(getComputedStyle(m).paddingLeft) - parseFloat(getComputedStyle(m).paddingRight)");
        Assert.True(story.Width >= workspace - 1, $"the story view is {story.Width} px wide in a {workspace} px workspace");

        // Outlets are the columns, in the order they were added; the conflict row puts each value under its outlet.
        Assert.Equal([First, Second], await page.Locator("#conflict-matrix thead th .outlet-name").AllTextContentsAsync());
        var row = page.Locator("#conflict-matrix tbody tr", new() { HasText = "Keir Starmer" });
        Assert.Equal(1, await row.CountAsync());
        var cells = row.Locator("td");
        Assert.Equal(2, await cells.CountAsync());
        Assert.Contains($"within {Second}", await row.Locator(".badge.within").AllTextContentsAsync());
        Assert.Equal(1, await cells.Nth(0).Locator(".absent-text").CountAsync());
        var second = await cells.Nth(1).Locator(".value").AllTextContentsAsync();
        Assert.Contains("British Prime Minister", second);
        Assert.Contains("British Defense Secretary", second);
        // Each article is listed by outlet and title in the story's head.
        Assert.Equal([First, Second], await page.Locator(".story-titles .outlet-name").AllTextContentsAsync());
        Assert.Equal(2, await page.Locator(".story-titles .outlet-title").CountAsync());
        foreach (var sentence in await cells.Locator("q.sentence").AllTextContentsAsync()) Assert.Contains("Starmer", sentence);

        // Counts read as English and match what is listed; agreements and single-source claims come below the conflicts.
        int conflicts = await page.Locator("#conflict-matrix tbody tr").CountAsync();
        var tally = await page.Locator("#story-tally .tally").AllTextContentsAsync();
        Assert.Contains(conflicts == 1 ? "1 conflict" : $"{conflicts} conflicts", tally);
        foreach (string phrase in tally)
        {
            var m = CountPhrase().Match(phrase);
            Assert.True(m.Success && (m.Groups[1].Value == "1" ^ m.Groups[2].Value.EndsWith('s')), $"not a counted phrase in English: {phrase}");
        }
        Assert.True((await editor.BoxAsync("#agreements-heading")).Top > (await editor.BoxAsync("#conflicts-heading")).Top);
        Assert.True((await editor.BoxAsync("#single-source-heading")).Top > (await editor.BoxAsync("#conflicts-heading")).Top);

        // Nothing is cut off: no sideways scroll of the page, nor inside the table at phone width.
        await editor.AssertNoHorizontalScrollAsync();
        if (width < 600)
            Assert.True(await page.EvalOnSelectorAsync<bool>(".matrix-scroll", "s => s.scrollWidth <= s.clientWidth"), "the conflicts table scrolls sideways");
        await editor.AssertAccessibleAsync();
        await editor.ScreenshotAsync("story");
        editor.AssertNothingFailed();
    }

    [GeneratedRegex(@"^(\d+) ([a-z -]+)$")]
    private static partial Regex CountPhrase();
}
