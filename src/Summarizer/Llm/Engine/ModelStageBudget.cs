namespace Summarizer.Llm.Engine;

/// <summary>
/// The time limit of one article's model stage (every call, the wait for a concurrency slot, retries, Retry-After waits and
/// repairs), after which <see cref="LlmSummaryEngine"/> returns the extractive summary with the fallback reason
/// <c>total-timeout</c>. Two limits can apply, and the first to end wins:
/// <list type="bullet">
/// <item>A caller with a deadline of its own (an API request) sets one for its flow with <see cref="Limit"/>: an absolute
/// deadline, the caller's start plus the limit. Time queued for a concurrency slot counts against it (it counts against
/// the caller's deadline too), and the wait for a slot ends with it.</item>
/// <item><see cref="Configuration.LlmResilienceOptions.TotalTimeout"/>: a length counted from when the article's first
/// call gets its concurrency slot (<see cref="StartClock"/>), so in a batch the time spent queueing behind other
/// articles' calls is not counted.</item>
/// </list>
/// With neither, as in <c>run</c> and the nightly batch by default, the model stage has no total limit: only the attempt
/// timeout and the retries. Under a caller's limit each attempt is also capped at the limit / (retries + 1)
/// (<see cref="AttemptTimeout"/>), so a hung attempt leaves time for the retries.
/// </summary>
public sealed class ModelStageBudget : IDisposable
{
    private static readonly AsyncLocal<Scope?> Requested = new();
    private static readonly AsyncLocal<ModelStageBudget?> Running = new();

    private readonly CancellationTokenSource _spent;
    private readonly TimeSpan? _length;
    private readonly ITimer? _deadline;
    private int _started;

    private ModelStageBudget(TimeSpan? length, Scope? scope, TimeProvider time)
    {
        _length = length;
        _spent = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        // The caller's deadline runs already (from the caller's start); it ends this budget, slot wait included.
        if (scope is null) return;
        var remaining = scope.Deadline - scope.Time.GetUtcNow();
        if (remaining <= TimeSpan.Zero) _spent.Cancel();
        else _deadline = scope.Time.CreateTimer(static s => Cancel((CancellationTokenSource)s!), _spent, remaining, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The length of the limit a caller set for its flow with <see cref="Limit"/>, if any.</summary>
    public static TimeSpan? RequestedLimit => Requested.Value?.Length;

    /// <summary>
    /// Limits the model stage of every article summarised in this async flow until disposed: it must end by now +
    /// <paramref name="limit"/> on <paramref name="time"/> (an absolute deadline, whatever the article waits for).
    /// Nested limits: the earlier deadline wins.
    /// </summary>
    public static IDisposable Limit(TimeSpan limit, TimeProvider? time = null)
    {
        var previous = Requested.Value;
        time ??= TimeProvider.System;
        var scope = previous is { } p && p.Deadline - p.Time.GetUtcNow() <= limit
            ? new Scope(p.Deadline, p.Length < limit ? p.Length : limit, p.Time, previous)
            : new Scope(time.GetUtcNow() + limit, previous is { } q && q.Length < limit ? q.Length : limit, time, previous);
        Requested.Value = scope;
        return scope;
    }

    /// <summary>Starts the clock of the budget running in this flow, if there is one and it has not started yet.</summary>
    public static void StartClock() => Running.Value?.Start();

    /// <summary>
    /// The time limit of one attempt: <paramref name="configured"/>, capped under a caller's limit at the limit /
    /// (<paramref name="maxRetries"/> + 1), so every try fits in the budget.
    /// </summary>
    public static TimeSpan AttemptTimeout(TimeSpan configured, int maxRetries)
    {
        if (Requested.Value?.Length is not { } limit) return configured;
        var share = limit / (Math.Max(0, maxRetries) + 1);
        if (share < TimeSpan.FromMilliseconds(10)) share = TimeSpan.FromMilliseconds(10);
        return share < configured ? share : configured;
    }

    /// <summary>
    /// Opens the budget of one article's model stage and makes it the flow's running budget (so <see cref="StartClock"/>
    /// finds it); null when there is no limit (neither <paramref name="configured"/> nor a caller's).
    /// Call from an async method, so the flow's running budget ends with it.
    /// </summary>
    public static ModelStageBudget? Open(TimeSpan? configured, TimeProvider time)
    {
        var scope = Requested.Value;
        if (configured is null && scope is null) return null;
        var budget = new ModelStageBudget(configured, scope, time);
        Running.Value = budget;
        return budget;
    }

    /// <summary>Cancelled when the budget is spent.</summary>
    public CancellationToken Token => _spent.Token;

    public bool IsSpent => _spent.IsCancellationRequested;

    /// <summary>Starts the clock of the configured length (once); later calls, and a budget without one, do nothing.</summary>
    public void Start()
    {
        if (_length is not { } length || Interlocked.Exchange(ref _started, 1) != 0) return;
        try
        {
            _spent.CancelAfter(length);
        }
        catch (ObjectDisposedException)
        {
            // The article's model stage already ended.
        }
    }

    public void Dispose()
    {
        if (ReferenceEquals(Running.Value, this)) Running.Value = null;
        _deadline?.Dispose();
        _spent.Dispose();
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The article's model stage already ended.
        }
    }

    /// <summary>
    /// A caller's limit: its absolute deadline on its clock and the length it was set with. Disposing it only ends the scope:
    /// a flow that started within it (an article already summarising) keeps the deadline.
    /// </summary>
    private sealed record Scope(DateTimeOffset Deadline, TimeSpan Length, TimeProvider Time, Scope? Previous) : IDisposable
    {
        public void Dispose() => Requested.Value = Previous;
    }
}
