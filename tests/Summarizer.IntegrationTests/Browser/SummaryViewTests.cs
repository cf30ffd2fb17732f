using Microsoft.Playwright;
using Summarizer.IntegrationTests.Api;
using Xunit.Abstractions;

namespace Summarizer.IntegrationTests.Browser;

/// <summary>
/// A pasted article summarised: the verdict leads with its problem (the test verifier flags one invented figure on
/// every summary), supported findings are collapsed by kind, a clicked finding shows its evidence in the article, and
/// markup pasted with the article runs nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SummaryViewTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Payload = "\n<img src=x onerror=\"window.__pwned=1;alert('img')\"> <script>window.__pwned=2;alert('script')</script>";

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_summary_shows_its_problems_first_and_a_clicked_finding_highlights_its_evidence(int width)
    {
        await using var editor = await EditorPage.OpenAsync(fixture, width, output);
        var page = editor.Page;
        await editor.EnterKeyAsync();
        await editor.FillArticleAsync(Seeds.Text(0) + Payload);
        await editor.SummariseAsync();

        Assert.NotEmpty((await page.TextContentAsync("#headline"))!.Trim());
        Assert.Contains("1 problem to check", await page.TextContentAsync("#verdict"));

        // Problems come before every supported finding, each part in its own element.
        var statuses = await page.Locator("#findings li.finding").EvaluateAllAsync<string[]>("items => items.map(i => i.className)");
        int lastProblem = Array.FindLastIndex(statuses, s => !s.Contains("finding-supported"));
        int firstSupported = Array.FindIndex(statuses, s => s.Contains("finding-supported"));
        Assert.True(lastProblem >= 0 && firstSupported > lastProblem, $"problems are not first: {string.Join(", ", statuses)}");
        var problem = page.Locator("#findings .findings.problems li.finding-unsupported").First;
        Assert.Equal(FlaggingVerifier.InventedClaim, await problem.Locator(".claim").TextContentAsync());
        Assert.Equal("Unsupported", await problem.Locator(".badge").First.TextContentAsync());
        Assert.Equal(1, await problem.Locator(".evidence-line").CountAsync());

        // Supported findings wait, collapsed, in one <details> per kind.
        var groups = page.Locator("#findings details.kind-group");
        Assert.True(await groups.CountAsync() > 0, "no supported group");
        Assert.Equal(0, await page.Locator("#findings details.kind-group[open]").CountAsync());

        await groups.First.Locator("summary").ClickAsync();
        var supported = groups.First.Locator("button.finding-body").First;
        string evidence = (await supported.Locator(".evidence-line q").TextContentAsync())!;
        // Scrolled away from the evidence first (the article pane, where it has its own scroll bar), so showing it must scroll.
        await page.EvalOnSelectorAsync("#article-text", "a => { a.scrollTop = a.scrollHeight; }");
        await supported.ClickAsync();
        await editor.WaitForAsync("#article-text mark.evidence", "no evidence highlighted");
        Assert.Equal(evidence, string.Concat(await page.Locator("#article-text mark.evidence").AllTextContentsAsync()));
        Assert.Equal("true", await supported.GetAttributeAsync("aria-current"));
        await AssertEvidenceInSightAsync(page, width);

        // Key points cite their sentences, which are marked in the article and reached by their links.
        Assert.True(await page.Locator("#article-text mark.cited").CountAsync() > 0, "no cited sentence marked");
        var cite = page.Locator("#key-points a.cite").First;
        string target = (await cite.GetAttributeAsync("href"))!;
        await cite.ClickAsync();
        Assert.Equal(1, await page.Locator($"#article-text mark.cited{target}").CountAsync());

        await editor.AssertNoHorizontalScrollAsync();
        await editor.AssertAccessibleAsync();
        await editor.ScreenshotAsync("summary");
        await AssertMarkupInertAsync(editor);
    }

    [Fact]
    public async Task The_key_is_remembered_for_the_tab_only_and_a_wrong_key_is_explained()
    {
        await using var editor = await EditorPage.OpenAsync(fixture, 1280, output);
        var page = editor.Page;
        await editor.EnterKeyAsync("not-a-key");
        await editor.FillArticleAsync(Seeds.Text(0));
        await page.GetByRole(AriaRole.Button, new() { Name = "Summarise" }).ClickAsync();
        await editor.WaitForAsync("#error:not([hidden])", "no problem shown for a wrong key");

        string alert = (await page.TextContentAsync("#error"))!;
        Assert.Contains("API key", alert);
        Assert.Contains("Summarizer:Api:ApiKeys", alert);
        Assert.Equal("alert", await page.GetAttributeAsync("#error", "role"));
        Assert.Equal("api-key", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("not-a-key", await page.EvaluateAsync<string>("() => sessionStorage.getItem('summarizer-api-key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        Assert.False(await page.Locator("#summary-view").IsVisibleAsync());
    }

    [Fact]
    public async Task Markup_in_every_field_of_an_answer_is_shown_as_text()
    {
        await using var editor = await EditorPage.OpenAsync(fixture, 1280, output);
        var page = editor.Page;
        const string text = "First <img src=x onerror=\"window.__pwned=3\"> line.\nSecond <script>window.__pwned=4</script> line.";
        const string headline = "<img src=x onerror=\"window.__pwned=5;alert(5)\">";
        var answer = new
        {
            id = "abc123",
            article = new { id = "abc123", text, sentences = new[] { new { id = 0, start = 0, length = 50 }, new { id = 1, start = 51, length = 46 } } },
            summary = new
            {
                id = "abc123", headline, lede = "<b>lede</b>", engine = "extractive",
                keyPoints = new[] { new { text = "<script>window.__pwned=6</script>", sentenceIds = new[] { 1 } } },
                people = new[] { new { name = "<i>name</i>", roles = new[] { "<u>role</u>" } } },
                quotes = new[] { new { text = "<em>quote</em>", speaker = "<s>speaker</s>", sentenceId = 0 } },
                verdict = new
                {
                    score = 0.0,
                    findings = new[] { new { kind = "quote", claim = "<img src=y onerror=\"window.__pwned=7\">", status = "contradicted", evidence = "<script>", evidenceStart = 58, evidenceLength = 8 } },
                },
            },
            cached = false,
        };
        // The page's own defence, whatever a server sends: the answer is stubbed with markup in every field.
        await page.RouteAsync("**/api/summaries", route => route.FulfillAsync(new() { Status = 201, Json = answer }));
        await editor.EnterKeyAsync();
        await editor.FillArticleAsync("anything");
        await editor.SummariseAsync();

        Assert.Equal(headline, await page.TextContentAsync("#headline"));
        Assert.Contains("window.__pwned=4", await page.TextContentAsync("#article-text"));
        await page.ClickAsync("#findings li.finding-contradicted button");
        Assert.Equal("<script>", await page.TextContentAsync("#article-text mark.evidence"));
        Assert.Equal(0, await page.Locator("#summary-view :is(img, script, b, i, u, em, s)").CountAsync());
        Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.__pwned ?? 'none')"));
        editor.AssertNothingFailed();
    }

    [Fact]
    public async Task A_request_in_flight_can_be_cancelled()
    {
        await using var editor = await EditorPage.OpenAsync(fixture, 390, output);
        var page = editor.Page;
        var held = new TaskCompletionSource<IRoute>();
        // The answer never comes: the request stays in flight until the editor cancels it.
        await page.RouteAsync("**/api/summaries", route => { held.TrySetResult(route); return Task.CompletedTask; });
        await editor.EnterKeyAsync();
        await editor.FillArticleAsync(Seeds.Text(0));
        await page.GetByRole(AriaRole.Button, new() { Name = "Summarise" }).ClickAsync();
        await held.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(await page.Locator("#busy").IsVisibleAsync(), "no progress shown");
        Assert.True(await page.Locator("#summarize").IsDisabledAsync(), "a second request could start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await editor.WaitForAsync("#summarize:not([disabled])", "the form stays busy after Cancel");
        Assert.Equal("Cancelled.", await page.TextContentAsync("#status"));
        Assert.False(await page.Locator("#busy").IsVisibleAsync());
        Assert.False(await page.Locator("#cancel").IsVisibleAsync());
        Assert.False(await page.Locator("#error").IsVisibleAsync());
    }

    /// <summary>The evidence is on screen: its first line is inside the viewport and not hidden by a scrolled pane.</summary>
    private static async Task AssertEvidenceInSightAsync(IPage page, int width)
    {
        const string inSight = """
            () => {
              const mark = document.querySelector('#article-text mark.evidence');
              const r = mark.getClientRects()[0];
              if (r.top < 0 || r.bottom > window.innerHeight) return false;
              const hit = document.elementFromPoint(r.left + Math.min(4, r.width / 2), r.top + r.height / 2);
              return mark.contains(hit);
            }
            """;
        try
        {
            // The scroll may be smooth: wait for it to settle.
            await page.WaitForFunctionAsync(inSight, null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the highlighted evidence is not scrolled into sight at {width} px");
        }
    }

    private static async Task AssertMarkupInertAsync(EditorPage editor)
    {
        var page = editor.Page;
        // Whether the server keeps the markup as text or reads it away, none of it becomes an element.
        Assert.Equal(0, await page.Locator("#summary-view img, #summary-view script").CountAsync());
        Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.__pwned ?? 'none')"));
        Assert.Equal(ServeHost.ApiKey, await page.EvaluateAsync<string>("() => sessionStorage.getItem('summarizer-api-key')"));
        editor.AssertNothingFailed();
    }
}
