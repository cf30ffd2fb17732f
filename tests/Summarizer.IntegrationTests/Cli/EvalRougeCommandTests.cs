using Summarizer.Host.Cli;

namespace Summarizer.IntegrationTests.Cli;

[Collection(nameof(ConsoleCollection))]
public sealed class EvalRougeCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("summarizer-eval-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Scores_the_engine_beside_lead3_per_dataset_and_split()
    {
        string refs = Path.Combine(_work, "refs.jsonl");
        File.WriteAllLines(refs,
        [
            """{"id":"a","dataset":"cnndm","split":"dev","article":"The council approved the school budget on Monday. The budget raises teacher pay. A bakery opened nearby. Parents welcomed the budget.","reference":"The council approved a school budget that raises teacher pay."}""",
            """{"id":"b","dataset":"xsum","split":"test","article":"Storms hit the coast overnight. Thousands lost power. Crews worked to restore lines by morning.","reference":"Storms left thousands without power on the coast."}""",
            "{broken",
        ]);
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try { exit = await SummarizerCli.Create().Parse(["eval", "rouge", "--refs", refs]).InvokeAsync(); }
        finally { Console.SetOut(original); }

        Assert.Equal(0, exit);
        string text = output.ToString();
        Assert.Contains("extractive", text);
        Assert.Contains("lead3", text);
        Assert.Contains("cnndm", text);
        Assert.Contains("xsum", text);
        Assert.Contains("2 documents", text);
    }

    [Fact]
    public async Task Says_where_the_data_was_expected_when_the_file_is_missing()
    {
        int exit = await SummarizerCli.Create().Parse(["eval", "rouge", "--refs", Path.Combine(_work, "missing.jsonl")]).InvokeAsync();
        Assert.Equal(2, exit);
    }
}
