using Microsoft.Extensions.Time.Testing;
using Summarizer.Distributed;
using Summarizer.Storage.Sqlite;
using Summarizer.Tests.Caching;

namespace Summarizer.Tests.Distributed;

public sealed class EndedRunsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new();
    private readonly SqliteRunStore _store;

    public EndedRunsTests() => _store = new SqliteRunStore(_folder.File("runs.db"));

    [Fact]
    public async Task A_run_ended_here_is_ended_at_once()
    {
        var ended = new EndedRuns(_store, _time);
        await _store.BeginRunAsync("r1", 3, default);
        Assert.False(await ended.HasEndedAsync("r1", default));

        ended.End("r1");

        Assert.True(await ended.HasEndedAsync("r1", default));
        Assert.False(await ended.HasEndedAsync("r2", default));
    }

    [Fact]
    public async Task A_run_completed_by_another_process_is_seen_once_the_open_answer_is_stale()
    {
        var worker = new EndedRuns(_store, _time);
        await _store.BeginRunAsync("r1", 3, default);
        Assert.False(await worker.HasEndedAsync("r1", default));

        await _store.CompleteRunAsync("r1", "{}", default);

        // The open answer is kept for a moment (one look-up per run, not per article), then asked again.
        Assert.False(await worker.HasEndedAsync("r1", default));
        _time.Advance(EndedRuns.RecheckAfter);
        Assert.True(await worker.HasEndedAsync("r1", default));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
