using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Summarizer.IntegrationTests.Api;
using Xunit.Abstractions;

namespace Summarizer.IntegrationTests.Browser;

/// <summary>
/// The editor page open in its own browser context at one width: the actions an editor takes, the layout checks every
/// view must pass, and a record of what went wrong underneath (failed requests, script errors, dialogs).
/// </summary>
internal sealed class EditorPage : IAsyncDisposable
{
    private static readonly TimeSpan ServerWait = TimeSpan.FromSeconds(30);

    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;

    private EditorPage(IBrowserContext context, IPage page, int width, ITestOutputHelper output)
    {
        _context = context;
        Page = page;
        Width = width;
        _output = output;
        page.Response += (_, response) => { if (response.Status >= 400) FailedRequests.Add($"{response.Status} {response.Url}"); };
        page.PageError += (_, error) => ScriptErrors.Add(error);
        // A refused inline style or script (the Content-Security-Policy) is reported on the console.
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource")) ScriptErrors.Add(message.Text); };
        page.Dialog += (_, dialog) => { Dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
    }

    public IPage Page { get; }

    public int Width { get; }

    /// <summary>Responses of 400 or more (a missing favicon or stylesheet shows up here).</summary>
    public List<string> FailedRequests { get; } = [];

    /// <summary>Uncaught exceptions and console errors other than failed loads (those are in <see cref="FailedRequests"/>).</summary>
    public List<string> ScriptErrors { get; } = [];

    public List<string> Dialogs { get; } = [];

    /// <summary>Opens the page at <paramref name="width"/> CSS pixels, a phone's height at 390 and a laptop's at 1280.</summary>
    public static async Task<EditorPage> OpenAsync(BrowserFixture fixture, int width, ITestOutputHelper output)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 800 },
        });
        var page = await context.NewPageAsync();
        var editor = new EditorPage(context, page, width, output);
        await page.GotoAsync(fixture.Host.Address.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return editor;
    }

    public async Task EnterKeyAsync(string key = ServeHost.ApiKey) => await Page.FillAsync("#api-key", key);

    public async Task FillArticleAsync(string text, string? outlet = null, string? title = null)
    {
        await Page.FillAsync("#outlet", outlet ?? "");
        await Page.FillAsync("#title", title ?? "");
        await Page.FillAsync("#text", text);
    }

    public async Task SummariseAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Summarise" }).ClickAsync();
        await WaitForAsync("#summary-view:not([hidden]) #headline", "no summary shown");
    }

    public async Task AddToStoryAsync(string text, string outlet)
    {
        await FillArticleAsync(text, outlet);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to story" }).ClickAsync();
    }

    public async Task CompareAsync()
    {
        await Page.ClickAsync("#compare");
        await WaitForAsync("#story-view:not([hidden]) #story-heading", "no story comparison shown");
    }

    /// <summary>Waits for a selector; on a timeout fails with what the page said (status, alert, script errors).</summary>
    public async Task WaitForAsync(string selector, string failure)
    {
        try
        {
            await Page.WaitForSelectorAsync(selector, new() { Timeout = (float)ServerWait.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            string status = await Page.TextContentAsync("#status") ?? "";
            string alert = await Page.TextContentAsync("#error") ?? "";
            Assert.Fail($"{failure} at {Width} px; status: {status}; alert: {alert}; errors: {string.Join(" | ", ScriptErrors)}");
        }
    }

    /// <summary>The page never scrolls sideways: nothing is wider than the viewport.</summary>
    public async Task AssertNoHorizontalScrollAsync()
    {
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= innerWidth, $"the page scrolls sideways at {Width} px: {scrollWidth} > {innerWidth}");
    }

    /// <summary>Where an element's box is relative to the viewport.</summary>
    public async Task<Box> BoxAsync(string selector)
    {
        var box = await Page.EvalOnSelectorAsync<double[]>(selector,
            "e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom, r.left, r.width, window.innerHeight]; }");
        return new Box(box[0], box[1], box[2], box[3], box[4]);
    }

    /// <summary>
    /// axe-core's WCAG 2.1 A and AA rules pass on the page as it is now (labels, names, roles, contrast, landmarks):
    /// what an automated check can tell about a screen reader's and a low-vision reader's experience.
    /// </summary>
    public async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"accessibility at {Width} px: {string.Join(" | ", violations)}");
    }

    /// <summary>Saves a full-page screenshot as TestResults/screenshots/&lt;view&gt;-&lt;width&gt;.png beside the test assembly.</summary>
    public async Task<string> ScreenshotAsync(string view)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, $"{view}-{Width}.png");
        // From the top, so sticky panes are drawn where they sit in the page rather than where the scroll left them.
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _output.WriteLine($"screenshot: {path}");
        return path;
    }

    /// <summary>Nothing failed underneath: no 4xx/5xx response, no script error, no dialog.</summary>
    public void AssertNothingFailed()
    {
        Assert.Empty(FailedRequests);
        Assert.Empty(ScriptErrors);
        Assert.Empty(Dialogs);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

/// <summary>An element's bounding box in viewport coordinates, with the viewport's height.</summary>
internal sealed record Box(double Top, double Bottom, double Left, double Width, double ViewportHeight);
