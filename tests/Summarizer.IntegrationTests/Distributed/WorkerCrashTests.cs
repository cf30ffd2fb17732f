using Npgsql;

namespace Summarizer.IntegrationTests.Distributed;

/// <summary>A worker killed with SIGKILL in the middle of a batch: its unacknowledged articles go to the others.</summary>
[Collection(nameof(DistributedCollection))]
[Trait("Category", "Distributed")]
public sealed class WorkerCrashTests
{
    private const int Articles = 200, Concurrency = 4;

    [DistributedFact]
    public async Task A_worker_killed_mid_batch_loses_no_article_and_repeats_no_finished_one()
    {
        await using var deployment = await Deployment.CreateAsync(TimeSpan.FromMilliseconds(300));
        string inbox = deployment.WriteInbox(Articles);
        string output = Path.Combine(deployment.Folder, "out");
        var victim = await deployment.StartWorkerAsync(Concurrency);
        for (int i = 0; i < 2; i++) await deployment.StartWorkerAsync(Concurrency);
        var coordinator = deployment.Start("run", inbox, "--distributed", "--out", output);

        while (await RecordedArticlesAsync(deployment.Database) is { Count: < 40 }) await Task.Delay(50);
        await victim.KillAsync();
        // Articles finished before the kill, then the model calls so far: any later call for one of them is a repeat.
        var finished = await RecordedArticlesAsync(deployment.Database);
        var callsAfterKill = deployment.Model.EchoCallsPerArticle;
        Assert.True(finished.Count < Articles, "the batch ended before the kill; nothing was tested");

        Assert.Equal(0, await coordinator.WaitForExitAsync(TimeSpan.FromMinutes(4)));
        var outcomes = RunOutputs.Outcomes(output);
        Assert.Equal(Articles, outcomes.Count);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(Articles, outcomes.Select(o => o.Source).Distinct().Count());
        Assert.Equal(Articles, Directory.GetFiles(output, "*.json").Length - 1);
        Assert.Equal(Articles, (await RecordedArticlesAsync(deployment.Database)).Count);

        var calls = deployment.Model.EchoCallsPerArticle;
        Assert.Equal(Articles, calls.Count);
        foreach (var article in finished) Assert.Equal(callsAfterKill[article], calls[article]);
        // Only what the killed worker held unacknowledged can have been asked twice.
        Assert.InRange(calls.Values.Sum() - Articles, 0, Concurrency);
    }

    /// <summary>The articles whose outcome is stored, by the key the fake model counts their calls under (their opening sentence).</summary>
    private static async Task<List<string>> RecordedArticlesAsync(string database)
    {
        var articles = new List<string>();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('summarizer_run_items') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync())!) return articles;
        await using var command = new NpgsqlCommand("SELECT item::json->>'source' FROM summarizer_run_items", connection);
        await using var reader = await command.ExecuteReaderAsync();
        // Sources are the inbox's files, 0000.txt to 0199.txt: variant i of SeedArticles.
        while (await reader.ReadAsync())
            articles.Add(SeedArticles.OpeningSentence(int.Parse(Path.GetFileNameWithoutExtension(reader.GetString(0)), System.Globalization.CultureInfo.InvariantCulture)));
        return articles;
    }
}
