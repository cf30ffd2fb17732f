using System.Text.Json;
using Summarizer.Host.Cli;

namespace Summarizer.IntegrationTests.Cli;

[Collection(nameof(ConsoleCollection))]
public sealed class EvalConsistencyCommandTests : IDisposable
{
    private const string Article = "The council approved the school budget on Monday. The budget raises teacher pay by 3 percent. " +
        "Mayor Ann Lee said the vote was close. Parents welcomed the budget.";

    private readonly string _work = Directory.CreateTempSubdirectory("summarizer-consistency-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Both_formats_write_our_score_beside_the_peers_in_the_documented_json_shape()
    {
        string refs = Write("refs.jsonl", $$"""{"id":"a","dataset":"cnndm","split":"test","text":"{{Article}}","reference":"x"}""");
        string pairs = Write("pairs.jsonl",
            Pair("m1", "the council approved the school budget on monday .", 1.0, 0.9),
            Pair("m1", "the council rejected the school budget on friday .", 0.0, 0.2),
            Pair("m2", "the budget raises teacher pay by 3 percent .", 1.0, 0.8),
            Pair("m2", "the budget raises teacher pay by 9 percent , mayor bob stone said .", 0.0, 0.7));
        string labels = Write("cliff.csv", "origin,cut,id,model_name,label,error_type,doc,summary\n" +
            $"cnndm,val,1,BART,1,,\"{Article}\",The council approved the school budget on Monday.\n" +
            $"cnndm,val,2,BART,0,,\"{Article}\",Mayor Bob Stone vetoed the budget on Friday.\n" +
            $"cnndm,test,3,BART,1,,\"{Article}\",Parents welcomed the budget.\n" +
            $"cnndm,test,4,BART,0,,\"{Article}\",The budget cuts teacher pay by 12 percent.\n");
        string json = Path.Combine(_work, "out.json");

        var (exit, text) = await CliConsole.RunAsync(["eval", "consistency", "--pairs", pairs, "--refs", refs, "--labels", labels, "--json", json]);

        Assert.Equal(0, exit);
        Assert.Contains("FactCC", text);
        Assert.Contains("DAE (published)", text);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var correlation = doc.RootElement.GetProperty("correlations").EnumerateArray().First(r => r.GetProperty("metric").GetString() == "summarizer");
        foreach (var field in new[] { "split", "dataset", "metric", "n", "pearson", "spearman" }) Assert.True(correlation.TryGetProperty(field, out _), field);
        Assert.Equal(4, correlation.GetProperty("n").GetInt32());
        // One article: every resample is the whole set, so the interval closes on the figure itself.
        Assert.Equal(correlation.GetProperty("pearson").GetDouble(), correlation.GetProperty("pearsonLow").GetDouble(), 9);
        var comparison = doc.RootElement.GetProperty("comparisons").EnumerateArray()
            .Single(c => c.GetProperty("dataset").GetString() == "cnndm" && c.GetProperty("against").GetString() == "FactCC");
        Assert.Equal("summarizer", comparison.GetProperty("metric").GetString());
        foreach (var field in new[] { "difference", "low", "high", "shareAbove" }) Assert.True(comparison.TryGetProperty(field, out _), field);
        var accuracy = doc.RootElement.GetProperty("balancedAccuracy").EnumerateArray().First(r => r.GetProperty("metric").GetString() == "summarizer");
        foreach (var field in new[] { "origin", "metric", "threshold", "val", "test" }) Assert.True(accuracy.TryGetProperty(field, out _), field);
        Assert.Equal("cnndm", accuracy.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Says_where_the_data_was_expected_when_a_file_is_missing()
    {
        var (exit, _) = await CliConsole.RunAsync(["eval", "consistency", "--labels", Path.Combine(_work, "missing.csv")]);
        Assert.Equal(2, exit);
    }

    private static string Pair(string model, string summary, double factuality, double factCc) =>
        JsonSerializer.Serialize(new { articleId = "a", dataset = "cnndm", split = "test", model, summary, factuality, peers = new { FactCC = factCc } });

    private string Write(string name, params string[] lines)
    {
        string path = Path.Combine(_work, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
