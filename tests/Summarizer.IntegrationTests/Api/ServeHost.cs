using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.Verification;

namespace Summarizer.IntegrationTests.Api;

/// <summary>
/// The <c>serve</c> application as the executable builds it (its own entry point, through <see cref="WebApplicationFactory{TEntryPoint}"/>),
/// with its own cache and output folders and one stand-in: a verifier that flags one finding on every summary, because the
/// extractive engine's own summaries verify clean and the page must be seen showing a flagged one. In memory by default;
/// on a loopback port for the browser tests.
/// </summary>
internal sealed class ServeHost : IAsyncDisposable
{
    public const string ApiKey = "test-key-7f3c";

    private readonly WebApplicationFactory<Program> _factory;

    private readonly bool _ownsFolder;

    private ServeHost(WebApplicationFactory<Program> factory, string folder, bool ownsFolder, HttpClient client)
    {
        _factory = factory;
        Folder = folder;
        _ownsFolder = ownsFolder;
        Client = client;
    }

    public IServiceProvider Services => _factory.Services;

    public string Folder { get; }

    public Uri Address => Client.BaseAddress!;

    public HttpClient Client { get; }

    public string OutputFolder => Path.Combine(Folder, "out");

    /// <param name="settings">Configuration on top of the test defaults (keys, folders); a null value removes a default.</param>
    /// <param name="realVerifier">Keep the product's verifier instead of the flagging stand-in.</param>
    /// <param name="kestrel">Listen on a loopback port (for a browser) instead of in memory.</param>
    /// <param name="folder">Reuse a folder (its cache and outputs) from an earlier host; it is then not deleted.</param>
    /// <param name="standIns">Replaces services after the application's own registrations.</param>
    public static Task<ServeHost> StartAsync(IDictionary<string, string?>? settings = null, bool realVerifier = false, bool kestrel = false,
        string? folder = null, Action<IServiceCollection>? standIns = null)
    {
        bool owned = folder is null;
        folder ??= Directory.CreateTempSubdirectory("summarizer-serve-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["Summarizer:Api:ApiKeys:0"] = ApiKey,
            ["Summarizer:Api:ApiKeys:1"] = "second-key",
            ["Summarizer:Schedule:Enabled"] = "false",
            ["Summarizer:Schedule:Output"] = Path.Combine(folder, "out"),
            ["Summarizer:Cache:Path"] = Path.Combine(folder, "cache.db"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in config.Where(c => c.Value is not null)) web.UseSetting(key, value);
            web.ConfigureTestServices(services =>
            {
                if (!realVerifier) services.Replace(ServiceDescriptor.Singleton<ISummaryVerifier, FlaggingVerifier>());
                standIns?.Invoke(services);
            });
        });
        if (kestrel) factory.UseKestrel(0);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (kestrel)
        {
            // The in-memory client's base address is a placeholder; a browser needs the port Kestrel was given.
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            client.Dispose();
            client = new HttpClient { BaseAddress = new Uri(address) };
        }
        return Task.FromResult(new ServeHost(factory, folder, owned, client));
    }

    public HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content = null, string? key = ApiKey)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    public static HttpContent Json(string json) => new StringContent(json, System.Text.Encoding.UTF8, "application/json");

    public static HttpContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsFolder) return;
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
