using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Caching;

namespace Summarizer.Host.Cli;

/// <summary><c>summarizer cache stats</c> and <c>summarizer cache clear [--stage NAME]</c> over <c>Summarizer:Cache:Path</c>.</summary>
internal static class CacheCommand
{
    public static Command Create()
    {
        var stats = new Command("stats", "Entries per stage and size of the cache");
        stats.SetAction(async (_, ct) =>
        {
            var store = Store();
            var s = await store.GetStatsAsync(ct);
            if (!s.Enabled)
            {
                Console.WriteLine("cache disabled (Summarizer:Cache:Enabled=false)");
                return 0;
            }
            string cap = s.MaxBytes is { } max ? $" of {Megabytes(max)} allowed" : " (no cap)";
            Console.WriteLine($"cache {s.Path}: {s.Entries} entries, {Megabytes(s.ContentBytes)} of results{cap}, file {Megabytes(s.SizeBytes)}, {s.Evictions} evicted");
            foreach (var (stage, count) in s.EntriesPerStage) Console.WriteLine($"  {stage}: {count}");
            return 0;
        });
        var stage = new Option<string?>("--stage") { Description = "Clear only this stage (summary, api-summary, ...)" };
        var clear = new Command("clear", "Delete cached results") { stage };
        clear.SetAction(async (parse, ct) =>
        {
            long removed = await Store().ClearAsync(parse.GetValue(stage), ct);
            Console.WriteLine($"removed {removed} entries");
            return 0;
        });
        return new Command("cache", "Inspect or clear the lasting cache") { stats, clear };
    }

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static ICacheStore Store()
    {
        var builder = AppHost.CreateBuilder();
        builder.Services.AddSummarizerCache(builder.Configuration);
        return builder.Build().Services.GetRequiredService<ICacheStore>();
    }
}
