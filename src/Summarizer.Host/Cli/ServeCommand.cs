using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Summarizer.Host.Serve;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer serve [--urls URL] [--no-schedule] [--no-api]</c>: the nightly schedule and the editors' API and page in
/// one process, until Ctrl+C or SIGTERM (in-flight work finishes within <c>HostOptions:ShutdownTimeout</c>).
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on (default: ASPNETCORE_URLS, else http://localhost:5000)" };
        var noSchedule = new Option<bool>("--no-schedule") { Description = "Do not run the nightly batch (Summarizer:Schedule:Enabled=false)" };
        var noApi = new Option<bool>("--no-api") { Description = "Do not serve the API and editor page (Summarizer:Api:Enabled=false)" };
        var command = new Command("serve", "Run the nightly schedule and the editors' HTTP API and page") { urls, noSchedule, noApi };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var args = new List<string>();
            if (parse.GetValue(urls) is { Length: > 0 } value) args.AddRange(["--urls", value]);
            if (parse.GetValue(noSchedule)) args.Add("--Summarizer:Schedule:Enabled=false");
            if (parse.GetValue(noApi)) args.Add("--Summarizer:Api:Enabled=false");
            args.AddRange(parse.UnmatchedTokens);
            return await RunAsync([.. args], cancellationToken);
        });
        // Configuration arguments (--Summarizer:Api:Enabled=false) pass through to the host, as with any ASP.NET Core app.
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>Builds the serve application over <paramref name="hostArgs"/> and runs it until shutdown.</summary>
    public static async Task<int> RunAsync(string[] hostArgs, CancellationToken cancellationToken)
    {
        await using var app = ServeApplication.Build(hostArgs, (services, configuration) => services.AddSummarizer(configuration));
        await ((IHost)app).RunAsync(cancellationToken);
        return 0;
    }

    /// <summary>True for arguments that are all host configuration (<c>--key=value</c>), as the hosting tools pass them.</summary>
    public static bool AreHostArguments(IReadOnlyList<string> tokens) =>
        tokens.Count > 0 && tokens.All(IsHostArgument);

    /// <summary>True for one host configuration argument, <c>--key=value</c>.</summary>
    public static bool IsHostArgument(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf('=') > 2;
}
