using System.Diagnostics;
using Npgsql;

namespace Summarizer.Testing;

/// <summary>
/// The PostgreSQL and RabbitMQ servers of the distributed tests: those named by <c>SUMMARIZER_TEST_POSTGRES</c> and
/// <c>SUMMARIZER_TEST_RABBITMQ</c> when set, else private instances started (once per test run, idempotently) by
/// <c>.ci/servers.sh start</c> from the installed packages. Each test (and the scale-out benchmark) gets its own
/// database and queue names.
/// </summary>
public static class TestServers
{
    public const string PostgresVariable = "SUMMARIZER_TEST_POSTGRES";
    public const string RabbitMqVariable = "SUMMARIZER_TEST_RABBITMQ";

    private static readonly Lazy<Task<IReadOnlyDictionary<string, string>>> Started = new(StartAsync);

    public static bool PostgresInstalled =>
        Directory.Exists("/usr/lib/postgresql") && Directory.GetDirectories("/usr/lib/postgresql").Any(d => File.Exists(Path.Combine(d, "bin", "initdb")));

    public static bool RabbitMqInstalled => File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server");

    /// <summary>The AMQP URI of the broker.</summary>
    public static async Task<string> RabbitMqAsync() => (await Started.Value)[RabbitMqVariable];

    /// <summary>A connection string to a new, empty database of its own.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = (await Started.Value)[PostgresVariable];
        string name = "summarizer_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>A queue name no other test uses.</summary>
    public static string NewQueueName() => "summarizer-test-" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<IReadOnlyDictionary<string, string>> StartAsync()
    {
        var settings = new Dictionary<string, string>();
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } pg && Environment.GetEnvironmentVariable(RabbitMqVariable) is { Length: > 0 } mq)
            return new Dictionary<string, string> { [PostgresVariable] = pg, [RabbitMqVariable] = mq };
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(SeedArticles.RepoRoot, ".ci", "servers.sh"));
        start.ArgumentList.Add("start");
        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var error = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (script.ExitCode != 0)
            throw new InvalidOperationException($"the servers are installed but .ci/servers.sh start failed ({script.ExitCode}): {await error}");
        foreach (var line in (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (line.IndexOf('=') is > 0 and var at) settings[line[..at]] = line[(at + 1)..];
        return settings;
    }
}
