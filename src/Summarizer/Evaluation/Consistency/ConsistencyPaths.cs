namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// The files <c>eval consistency</c> reads. Naming a file of one format runs that format only; naming none runs
/// both formats on the shared benchmark data.
/// </summary>
public sealed record ConsistencyPaths(string? Pairs, string? Refs, string? Labels)
{
    public ConsistencyPaths WithDefaults(string evalData)
    {
        string frank = Path.Combine(evalData, "frank");
        if (Pairs is null && Refs is null && Labels is null)
            return new(Path.Combine(frank, "pairs.jsonl"), Path.Combine(frank, "refs.jsonl"), Path.Combine(evalData, "aggrefact", "cliff.csv"));
        if (Pairs is null && Refs is null) return this;
        return this with { Pairs = Pairs ?? Path.Combine(frank, "pairs.jsonl"), Refs = Refs ?? Path.Combine(frank, "refs.jsonl") };
    }

    public IEnumerable<string> Files() => new[] { Pairs, Refs, Labels }.OfType<string>();
}
