using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Distributed;
using Summarizer.Pipeline;
using Summarizer.Storage;
using Summarizer.Storage.Sqlite;

namespace Summarizer.Tests.Distributed;

/// <summary>A distributed run (on the in-process queue) that fails: it is ended in the store, as a cancelled run is.</summary>
public sealed class DistributedBatchRunnerFailureTests : IAsyncLifetime
{
    private const int Articles = 20;
    private readonly StoreFailingOnPoll _store;
    private readonly CoordinatorServices _coordinator;

    public DistributedBatchRunnerFailureTests()
    {
        // The store is made before the services and handed to them; its file is in the coordinator's folder.
        StoreFailingOnPoll? store = null;
        _coordinator = new CoordinatorServices(Articles, TimeSpan.FromMilliseconds(100), concurrency: 2,
            services => services.AddSingleton<IRunStore>(provider => store!));
        _store = store = new StoreFailingOnPoll(new SqliteRunStore(_coordinator.File("runs.db")));
    }

    public Task InitializeAsync() => _coordinator.StartAsync();

    [Fact]
    public async Task A_run_that_fails_is_ended_in_the_store_for_workers_elsewhere_and_its_record_says_it_failed()
    {
        var runner = Assert.IsType<DistributedBatchRunner>(_coordinator.Services.GetRequiredService<IBatchRunner>());

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync([_coordinator.Inbox], _coordinator.Output, null, default));

        Assert.Equal(StoreFailingOnPoll.Failure, thrown.Message);
        string runId = Assert.IsType<string>(_store.BegunRun);
        // A worker in another process knows only the store: it sees the run ended and takes no more of its messages.
        var elsewhere = new EndedRuns(_store.Inner, TimeProvider.System);
        Assert.True(await elsewhere.HasEndedAsync(runId, default));
        using var record = JsonDocument.Parse(Assert.IsType<string>(_store.CompletedReport));
        Assert.True(record.RootElement.GetProperty("failed").GetBoolean());
        Assert.Equal(StoreFailingOnPoll.Failure, record.RootElement.GetProperty("error").GetString());
        Assert.Equal(Articles, record.RootElement.GetProperty("articlesSent").GetInt32());
    }

    /// <summary>A run store that fails when the coordinator polls it for outcomes (a database lost mid-run) and keeps what it was told.</summary>
    private sealed class StoreFailingOnPoll(SqliteRunStore inner) : IRunStore
    {
        public const string Failure = "the run store is unreachable";

        public SqliteRunStore Inner => inner;
        public string? BegunRun { get; private set; }
        public string? CompletedReport { get; private set; }

        public Task BeginRunAsync(string runId, int expectedItems, CancellationToken cancellationToken)
        {
            BegunRun = runId;
            return inner.BeginRunAsync(runId, expectedItems, cancellationToken);
        }

        public Task<bool> TryRecordAsync(string runId, StoredItem item, CancellationToken cancellationToken) =>
            inner.TryRecordAsync(runId, item, cancellationToken);

        public Task<bool> ContainsAsync(string runId, int sequence, CancellationToken cancellationToken) =>
            inner.ContainsAsync(runId, sequence, cancellationToken);

        public Task<IReadOnlyList<StoredItem>> GetItemsAsync(string runId, IReadOnlyCollection<int>? among, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Failure);

        public Task<bool> IsCompletedAsync(string runId, CancellationToken cancellationToken) => inner.IsCompletedAsync(runId, cancellationToken);

        public Task CompleteRunAsync(string runId, string reportJson, CancellationToken cancellationToken)
        {
            CompletedReport = reportJson;
            return inner.CompleteRunAsync(runId, reportJson, cancellationToken);
        }
    }

    public async Task DisposeAsync() => await _coordinator.DisposeAsync();
}
