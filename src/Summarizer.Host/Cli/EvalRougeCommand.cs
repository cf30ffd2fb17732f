using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Summarizer.Evaluation;
using Summarizer.Evaluation.Rouge;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer eval rouge</c>: ROUGE-1/2/L/Lsum (Porter stemmer) of the extractive engine and LEAD-3 on a
/// references file, per dataset and split, both computed in the same run over the same cleaning and splitting.
/// </summary>
internal static class EvalRougeCommand
{
    public static Command Create()
    {
        var refs = new Option<string>("--refs") { Description = "JSON Lines with article and reference per line", DefaultValueFactory = _ => Path.Combine(EvalCommand.DefaultEvalData, "frank", "refs.jsonl") };
        var split = new Option<string?>("--split") { Description = "Only rows of this split (dev, test); default all" };
        var sentences = new Option<int>("--sentences") { Description = "Sentences per extractive summary", DefaultValueFactory = _ => 3 };
        var limit = new Option<int?>("--limit") { Description = "Only the first N rows" };
        var positionWeight = new Option<double?>("--position-weight") { Description = "Override Summarizer:Extractive:PositionWeight (tune on dev only)" };
        var command = new Command("rouge", "ROUGE of the extractive engine beside LEAD-3") { refs, split, sentences, limit, positionWeight };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(refs)!, parse.GetValue(split), parse.GetValue(sentences),
            parse.GetValue(limit), parse.GetValue(positionWeight), ct)));
        return command;
    }

    private static int Run(string refsPath, string? split, int sentences, int? limit, double? positionWeight, CancellationToken ct)
    {
        if (!File.Exists(refsPath))
        {
            Console.Error.WriteLine($"error: references file not found: {Path.GetFullPath(refsPath)} (pass --refs; the shared benchmark data is expected in {EvalCommand.DefaultEvalData})");
            return 2;
        }
        var corpus = EvalCorpusReader.ReadJsonl(refsPath);
        foreach (var problem in corpus.Problems.Take(10)) Console.Error.WriteLine($"skipped: {problem}");
        var documents = corpus.Documents.Where(d => split is null || d.Split == split).Take(limit ?? int.MaxValue).ToList();
        if (documents.Count == 0) { Console.Error.WriteLine("error: no documents to evaluate"); return 1; }

        var options = new ExtractiveOptions();
        if (positionWeight is { } w) options.PositionWeight = w;
        var systems = new SummarySystems(new ExtractiveSummaryEngine(options), sentences);
        var result = new RougeEvaluation(useStemmer: true).Evaluate(documents, new Dictionary<string, Func<EvalDocument, string>>
        {
            ["extractive"] = d => systems.Extractive(d.Article),
            ["lead3"] = d => systems.Lead3(d.Article),
        }, ct);

        var table = new Table().AddColumns("dataset", "split", "system", "n", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum");
        foreach (var row in result.Rows)
            table.AddRow(new[] { row.Dataset, row.Split, row.System, row.Count.ToString(CultureInfo.InvariantCulture),
                F(row.Rouge1), F(row.Rouge2), F(row.RougeL), F(row.RougeLsum) }.Select(Markup.Escape).ToArray());
        Terminal.Create().Write(table);
        Console.WriteLine($"F1 × 100, mean [95% bootstrap interval]; {documents.Count} documents from {refsPath}; {result.Failures.Count} system failures");
        return 0;
    }

    private static string F(MeanWithInterval m) =>
        string.Create(CultureInfo.InvariantCulture, $"{m.Mean:0.00} [{m.Low:0.00}, {m.High:0.00}]");
}
