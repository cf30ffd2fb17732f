using Microsoft.Playwright;
using Summarizer.IntegrationTests.Api;

namespace Summarizer.IntegrationTests.Browser;

/// <summary>
/// One server on a loopback port (with the flagging verifier, so every summary has a problem to show) and one
/// headless Debian Chromium, shared by the page tests; each test opens its own browser context at its own width.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private ServeHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    internal ServeHost Host => _host ?? throw new InvalidOperationException("the fixture is not started");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the fixture is not started");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium); never `playwright install`.");
        _host = await ServeHost.StartAsync(kestrel: true);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
    }
}

/// <summary>The page tests share one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
