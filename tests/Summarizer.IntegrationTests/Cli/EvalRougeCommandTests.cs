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
        var (exit, text) = await CliConsole.RunAsync(["eval", "rouge", "--refs", refs]);

        Assert.Equal(0, exit);
        Assert.Contains("extractive", text);
        Assert.Contains("lead3", text);
        Assert.Contains("cnndm", text);
        Assert.Contains("xsum", text);
        Assert.Contains("2 documents", text);
    }

    [Fact]
    public async Task Writes_the_table_as_json_rows_with_lead1_beside_lead3()
    {
        string refs = Path.Combine(_work, "refs.jsonl"), json = Path.Combine(_work, "out", "rouge.json");
        File.WriteAllLines(refs,
        [
            """{"id":"a","dataset":"cnndm","split":"test","article":"The council approved the school budget on Monday. The budget raises teacher pay across the city. A bakery opened nearby on the same street. Parents welcomed the budget for schools.","reference":"The council approved a school budget that raises teacher pay."}""",
        ]);
        var (exit, _) = await CliConsole.RunAsync(["eval", "rouge", "--refs", refs, "--json", json]);

        Assert.Equal(0, exit);
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(["extractive", "lead1", "lead3"], rows.Select(r => r.GetProperty("system").GetString()));
        foreach (var row in rows)
        {
            Assert.Equal("cnndm", row.GetProperty("dataset").GetString());
            Assert.Equal("test", row.GetProperty("split").GetString());
            Assert.Equal(1, row.GetProperty("n").GetInt32());
            foreach (var measure in new[] { "rouge1", "rouge2", "rougeL", "rougeLsum" })
            {
                double mean = row.GetProperty(measure).GetDouble();
                Assert.InRange(mean, 0, 100);
                Assert.InRange(mean, row.GetProperty(measure + "Low").GetDouble(), row.GetProperty(measure + "High").GetDouble());
            }
        }
        // LEAD-1 and LEAD-3 are different systems: on a four-sentence article they cannot score alike.
        Assert.True(rows[1].GetProperty("rouge1").GetDouble() != rows[2].GetProperty("rouge1").GetDouble());
    }

    [Fact]
    public async Task Tuning_refuses_when_there_are_no_dev_rows()
    {
        string refs = Path.Combine(_work, "test-only.jsonl");
        File.WriteAllLines(refs, ["""{"id":"t","dataset":"xsum","split":"test","article":"Storms hit the coast overnight. Thousands lost power.","reference":"Storms cut power."}"""]);
        var original = Console.Error;
        Console.SetError(new StringWriter());
        int exit;
        try { exit = await SummarizerCli.InvokeAsync(["eval", "rouge", "--refs", refs, "--tune"]); }
        finally { Console.SetError(original); }
        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task Tuning_cross_validates_the_search_on_dev_rows()
    {
        string refs = Path.Combine(_work, "dev.jsonl");
        string[] topics = ["school budget", "bus fares", "park repairs", "library hours", "water rates", "road works"];
        File.WriteAllLines(refs, topics.Select((t, i) =>
            $$"""{"id":"d{{i}}","dataset":"{{(i % 2 == 0 ? "cnndm" : "xsum")}}","split":"dev","article":"The council approved the {{t}} on Monday after a long debate in the chamber. The {{t}} plan was opposed by two members of the council. A bakery opened nearby on the high street this week. Residents welcomed the {{t}} decision at a public meeting.","reference":"The council approved the {{t}}."}"""));
        string heldOut = Path.Combine(_work, "held-out.jsonl");
        var (exit, text) = await CliConsole.RunAsync(["eval", "rouge", "--refs", refs, "--tune", "--documents", heldOut]);

        Assert.Equal(0, exit);
        Assert.Contains("cross-validated search (5 folds", text);
        Assert.Contains("chosen in", text);
        // Every dev row held out, in order, with its dataset and LEAD-3's score beside it.
        var rows = File.ReadAllLines(heldOut).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Enumerable.Range(0, topics.Length), rows.Select(r => r.GetProperty("row").GetInt32()));
        Assert.Equal(["cnndm", "xsum", "cnndm", "xsum", "cnndm", "xsum"], rows.Select(r => r.GetProperty("dataset").GetString()));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("lead3Rouge1").GetDouble(), 1, 100));
    }

    [Fact]
    public async Task Tuning_with_pseudo_references_compares_their_weights_held_out_on_dev_rows_only()
    {
        string refs = Path.Combine(_work, "dev.jsonl"), cliff = Path.Combine(_work, "cliff.csv"), heldOut = Path.Combine(_work, "held-out.jsonl");
        string[] topics = ["school budget", "bus fares", "park repairs", "library hours", "water rates", "road works", "tram line"];
        string Article(string t) => $"The council approved the {t} on Monday after a long debate in the chamber. The {t} plan was opposed by two members of the council. A bakery opened nearby on the high street this week. Residents welcomed the {t} decision at a public meeting.";
        // Six dev rows and one test row; the CLIFF file holds the test article (to be left out) and one new article.
        File.WriteAllLines(refs, topics.Select((t, i) =>
            $$"""{"id":"d{{i}}","dataset":"{{(i % 2 == 0 ? "cnndm" : "xsum")}}","split":"{{(i < 6 ? "dev" : "test")}}","article":"{{Article(t)}}","reference":"The council approved the {{t}}."}"""));
        string testArticle = Article("tram line"), newArticle = Article("harbour wall");
        File.WriteAllLines(cliff,
        [
            "origin,cut,id,model_name,label,error_type,doc,summary",
            $"cnndm,val,1,BART,1,[],\"{testArticle}\",The council approved the tram line.",
            $"cnndm,val,2,BART,1,[],\"{newArticle}\",The council approved the harbour wall.",
        ]);
        var (exit, text) = await CliConsole.RunAsync(["eval", "rouge", "--refs", refs, "--tune", "--pseudo-refs", cliff, "--pseudo-weight", "0.5", "--documents", heldOut]);

        Assert.Equal(0, exit);
        Assert.Contains("1 documents, cnndm 1 (1 summaries); left out 1 documents that are test articles of the references file and 0 that are its dev articles", text);
        Assert.Contains("pseudo-references at weight 0.5", text);
        Assert.Contains("weight 0: worst", text);
        Assert.Contains("weight 2: worst", text);
        // Only the six dev rows are held out, never the pseudo-reference document.
        Assert.Equal(Enumerable.Range(0, 6), File.ReadAllLines(heldOut).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("row").GetInt32()));
    }

    [Fact]
    public async Task Writes_each_documents_summaries_and_scores_for_error_analysis()
    {
        string refs = Path.Combine(_work, "refs.jsonl"), lines = Path.Combine(_work, "documents.jsonl");
        File.WriteAllLines(refs,
        [
            """{"id":"a","dataset":"cnndm","split":"dev","article":"The council approved the school budget on Monday. The budget raises teacher pay across the city. A bakery opened nearby on the same street. Parents welcomed the budget for schools.","reference":"The council approved a school budget that raises teacher pay."}""",
        ]);
        var (exit, _) = await CliConsole.RunAsync(["eval", "rouge", "--refs", refs, "--documents", lines]);

        Assert.Equal(0, exit);
        var rows = File.ReadAllLines(lines).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["extractive", "lead1", "lead3"], rows.Select(r => r.GetProperty("system").GetString()));
        var lead1 = rows[1];
        Assert.Equal("a", lead1.GetProperty("id").GetString());
        Assert.Equal("The council approved the school budget on Monday.", lead1.GetProperty("summary").GetString());
        Assert.InRange(lead1.GetProperty("rouge1").GetDouble(), 1, 100);
    }

    [Fact]
    public async Task Tuning_searches_the_grid_named_and_refuses_an_unknown_one()
    {
        string refs = Path.Combine(_work, "dev.jsonl");
        File.WriteAllLines(refs, ["""{"id":"d","dataset":"cnndm","split":"dev","article":"The council approved the school budget on Monday after a long debate. The budget raises teacher pay across the city. A bakery opened nearby on the high street. Parents welcomed the budget at a public meeting.","reference":"The council approved the school budget."}"""]);
        var output = new StringWriter();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(new StringWriter());
        int exit, unknown;
        try
        {
            exit = await SummarizerCli.InvokeAsync(["eval", "rouge", "--refs", refs, "--tune", "--grid", "length"]);
            unknown = await SummarizerCli.InvokeAsync(["eval", "rouge", "--refs", refs, "--tune", "--grid", "everything"]);
        }
        finally { Console.SetOut(originalOut); Console.SetError(originalError); }

        Assert.Equal(0, exit);
        Assert.Contains($"{ExtractiveTuningGridSize("length")} settings on the dev/val rows", output.ToString());
        Assert.Contains("best of EmbeddingWeight=0 LengthRule=Reach", output.ToString());
        Assert.NotEqual(0, unknown);
    }

    private static int ExtractiveTuningGridSize(string name) => Summarizer.Evaluation.Rouge.ExtractiveTuning.Grids[name]().Count();

    [Fact]
    public async Task Says_where_the_data_was_expected_when_the_file_is_missing()
    {
        int exit = await SummarizerCli.InvokeAsync(["eval", "rouge", "--refs", Path.Combine(_work, "missing.jsonl")]);
        Assert.Equal(2, exit);
    }
}
