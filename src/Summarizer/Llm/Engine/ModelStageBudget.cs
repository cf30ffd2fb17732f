namespace Summarizer.Llm.Engine;

/// <summary>
/// The time limit of one article's model stage (every call, retry, Retry-After wait and repair), after which
/// <see cref="LlmSummaryEngine"/> returns the extractive summary with the fallback reason <c>total-timeout</c>.
/// A caller with a deadline of its own (an API request) sets a limit for its flow with <see cref="Limit"/>; the engine
/// combines it with <see cref="Configuration.LlmResilienceOptions.TotalTimeout"/> (the shorter wins). With neither, as in
/// <c>run</c> and the nightly batch, the model stage has no total limit: only the attempt timeout and the retries.
/// The clock starts when the first call gets its concurrency slot (<see cref="StartClock"/>), so time spent queueing
/// behind other articles' calls is not counted.
/// </summary>
public sealed class ModelStageBudget : IDisposable
{
    private static readonly AsyncLocal<TimeSpan?> Requested = new();
    private static readonly AsyncLocal<ModelStageBudget?> Running = new();

    private readonly CancellationTokenSource _spent;
    private readonly TimeSpan _limit;
    private int _started;

    private ModelStageBudget(TimeSpan limit, TimeProvider time)
    {
        _limit = limit;
        _spent = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
    }

    /// <summary>The limit a caller set for its flow with <see cref="Limit"/>, if any.</summary>
    public static TimeSpan? RequestedLimit => Requested.Value;

    /// <summary>Limits the model stage of every article summarised in this async flow to <paramref name="limit"/> until disposed.</summary>
    public static IDisposable Limit(TimeSpan limit)
    {
        var previous = Requested.Value;
        Requested.Value = previous is { } p && p < limit ? p : limit;
        return new Restore(previous);
    }

    /// <summary>Starts the clock of the budget running in this flow, if there is one and it has not started yet.</summary>
    public static void StartClock() => Running.Value?.Start();

    /// <summary>The shorter of <paramref name="configured"/> and the flow's requested limit; null when neither is set.</summary>
    public static TimeSpan? Effective(TimeSpan? configured) =>
        (configured, Requested.Value) switch
        {
            ({ } c, { } r) => c < r ? c : r,
            ({ } c, null) => c,
            (null, { } r) => r,
            _ => null,
        };

    /// <summary>
    /// Opens the budget of one article's model stage and makes it the flow's running budget (so <see cref="StartClock"/>
    /// finds it); null when there is no limit. Call from an async method, so the flow's running budget ends with it.
    /// </summary>
    public static ModelStageBudget? Open(TimeSpan? configured, TimeProvider time)
    {
        if (Effective(configured) is not { } limit) return null;
        var budget = new ModelStageBudget(limit, time);
        Running.Value = budget;
        return budget;
    }

    /// <summary>Cancelled when the budget is spent.</summary>
    public CancellationToken Token => _spent.Token;

    public bool IsSpent => _spent.IsCancellationRequested;

    /// <summary>Starts the clock (once); later calls do nothing.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0) return;
        try
        {
            _spent.CancelAfter(_limit);
        }
        catch (ObjectDisposedException)
        {
            // The article's model stage already ended.
        }
    }

    public void Dispose()
    {
        if (ReferenceEquals(Running.Value, this)) Running.Value = null;
        _spent.Dispose();
    }

    private sealed class Restore(TimeSpan? previous) : IDisposable
    {
        public void Dispose() => Requested.Value = previous;
    }
}
