using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Host.Serve;

namespace Summarizer.IntegrationTests.Api;

/// <summary>The real <c>serve</c> application on a loopback port, with its own cache and output folders.</summary>
internal sealed class ServeHost : IAsyncDisposable
{
    public const string ApiKey = "test-key-7f3c";

    private ServeHost(WebApplication app, string folder, Uri address)
    {
        App = app;
        Folder = folder;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public WebApplication App { get; }

    public string Folder { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string OutputFolder => Path.Combine(Folder, "out");

    public static async Task<ServeHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        string folder = Directory.CreateTempSubdirectory("summarizer-serve-").FullName;
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
        var app = ServeApplication.Build(["--urls", "http://127.0.0.1:0"], TestPipeline.Add,
            builder => builder.Configuration.AddInMemoryCollection(config));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServeHost(app, folder, new Uri(address));
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
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
