using System.Text.Json;
using Microsoft.Playwright;
using Summarizer.IntegrationTests.Api;

namespace Summarizer.IntegrationTests.Browser;

/// <summary>The editor page in Debian's Chromium against the real server: highlights appear and pasted markup runs nothing.</summary>
public class EditorPageTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium); never `playwright install`.");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task A_story_of_two_outlets_shows_the_role_conflict_outlet_by_outlet()
    {
        await using var host = await ServeHost.StartAsync(kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());
        await page.FillAsync("#api-key", ServeHost.ApiKey);
        foreach (int seed in new[] { 1, 2 })
        {
            await page.FillAsync("#text", Seeds.Text(seed));
            await page.ClickAsync("#add-to-story");
        }
        await page.ClickAsync("#compare");
        await page.WaitForSelectorAsync("#story-result h3.conflict", new() { Timeout = 30_000 });

        var conflicts = await page.Locator("#story-result h3.conflict").AllTextContentsAsync();
        Assert.Contains(conflicts, c => c.Contains("Keir Starmer"));
        string tables = await page.TextContentAsync("#story-result") ?? "";
        Assert.Contains("British Defense Secretary", tables);
        Assert.Contains("British Prime Minister", tables);
        string shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "story-view.png"), FullPage = true });
    }

    [Fact]
    public async Task Pasted_article_is_summarised_with_highlights_and_its_markup_stays_inert()
    {
        await using var host = await ServeHost.StartAsync(kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };

        await page.GotoAsync(host.Address.ToString());
        await page.FillAsync("#api-key", ServeHost.ApiKey);
        string payload = "<img src=x onerror=\"window.__pwned=1;alert('img')\"> <script>window.__pwned=2;alert('script')</script>";
        // Markup in the article is read as a page by the server; in the title it stays text, and the page must keep it inert.
        await page.FillAsync("#title", "Reassurance force " + payload);
        await page.FillAsync("#text", Seeds.Text(0) + "\n" + payload);
        await page.ClickAsync("#summarize");
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => errors.Add(message.Text);
        try
        {
            await page.WaitForSelectorAsync("#headline:not(:empty)", new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no summary shown; status: {await page.TextContentAsync("#status")}; errors: {string.Join(" | ", errors)}");
        }

        Assert.NotEmpty(await page.TextContentAsync("#headline") ?? "");
        Assert.True(await page.Locator("#article-text mark.cited").CountAsync() > 0, "no cited sentence highlighted");
        Assert.True(await page.Locator("#key-points a.cite").CountAsync() > 0, "key points carry no citation");
        Assert.Contains(FlaggingVerifier.InventedClaim, await page.TextContentAsync(".finding-unsupported") ?? "");
        // The article's markup never reached it; the title's is shown as text; nothing of either ran.
        Assert.DoesNotContain("onerror", await page.TextContentAsync("#article-text") ?? "");
        Assert.Contains("onerror", await page.TextContentAsync("#headline") ?? "");
        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        Assert.Equal("none", JsonSerializer.Serialize(await page.EvaluateAsync<string>("() => String(window.__pwned ?? 'none')")).Trim('"'));
        Assert.Empty(dialogs);
        Assert.Equal(ServeHost.ApiKey, await page.EvaluateAsync<string>("() => sessionStorage.getItem('summarizer-api-key')"));

        string shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "editor-page.png"), FullPage = true });
    }
}
