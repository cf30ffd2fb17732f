using System.Diagnostics;
using Npgsql;

namespace Summarizer.Benchmarks.ScaleOut;

/// <summary>PostgreSQL and RabbitMQ for the benchmark: from <c>SUMMARIZER_TEST_*</c>, else started by <c>.ci/servers.sh start</c>.</summary>
internal sealed record BenchServers(string Postgres, string RabbitMq)
{
    public static async Task<BenchServers> StartAsync()
    {
        var settings = new Dictionary<string, string>();
        if (Environment.GetEnvironmentVariable("SUMMARIZER_TEST_POSTGRES") is not { Length: > 0 })
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(Summarizer.Testing.SeedArticles.RepoRoot, ".ci", "servers.sh"));
            start.ArgumentList.Add("start");
            using var script = Process.Start(start)!;
            string output = await script.StandardOutput.ReadToEndAsync();
            await script.WaitForExitAsync();
            if (script.ExitCode != 0) throw new InvalidOperationException(".ci/servers.sh start failed");
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                if (line.IndexOf('=') is > 0 and var at) settings[line[..at]] = line[(at + 1)..].Trim();
        }
        string Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : settings[name];
        return new BenchServers(Get("SUMMARIZER_TEST_POSTGRES"), Get("SUMMARIZER_TEST_RABBITMQ"));
    }

    /// <summary>A new empty database on the server.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        string name = "summarizer_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Postgres) { Database = name }.ConnectionString;
    }
}
