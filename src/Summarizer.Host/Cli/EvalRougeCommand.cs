using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Summarizer.Articles;
using Summarizer.Evaluation;
using Summarizer.Evaluation.Rouge;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer eval rouge</c>: ROUGE-1/2/L/Lsum (Porter stemmer) of the extractive engine beside LEAD-3 and LEAD-1 on a
/// references file, per dataset and split, all computed in the same run over the same cleaning and splitting.
/// <c>--json FILE</c> also writes the table as JSON; <c>--tune</c> searches the engine's settings on dev rows only.
/// </summary>
internal static class EvalRougeCommand
{
    public static Command Create()
    {
        var refs = new Option<string>("--refs") { Description = "JSON Lines with article and reference per line", DefaultValueFactory = _ => Path.Combine(EvalCommand.DefaultEvalData, "frank", "refs.jsonl") };
        var split = new Option<string?>("--split") { Description = "Only rows of this split (dev, test); default all" };
        var sentences = new Option<int?>("--sentences") { Description = "A fixed number of sentences per extractive summary instead of the engine's length rule" };
        var limit = new Option<int?>("--limit") { Description = "Only the first N rows" };
        var json = new Option<string?>("--json") { Description = "Also write the table to this file as a JSON array of rows" };
        var perDocument = new Option<string?>("--documents") { Description = "Also write every document's summaries and scores to this file as JSON Lines (for error analysis); with --tune, each dev row's cross-validated held-out scores" };
        var tune = new Option<bool>("--tune") { Description = "Grid-search the engine's settings on the dev/val rows (never test) and print the best" };
        var grid = new Option<string>("--grid") { Description = $"With --tune, the settings searched: {string.Join(", ", ExtractiveTuning.Grids.Keys)}", DefaultValueFactory = _ => "default" };
        grid.AcceptOnlyFromAmong([.. ExtractiveTuning.Grids.Keys]);
        var pseudoRefs = new Option<string?>("--pseudo-refs") { Description = "With --tune, also train on a CLIFF-format file's val summaries labelled consistent, as pseudo-references (never held out; articles of --refs left out)" };
        var pseudoWeight = new Option<double>("--pseudo-weight") { Description = "With --pseudo-refs, a pseudo-reference document's weight against a dev row in the search", DefaultValueFactory = _ => 1 };
        var pseudoDatasets = new Option<string[]>("--pseudo-datasets") { Description = "With --pseudo-refs, only the pseudo-references of these datasets (default all)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("rouge", "ROUGE of the extractive engine beside LEAD-3 and LEAD-1") { refs, split, sentences, limit, json, perDocument, tune, grid, pseudoRefs, pseudoWeight, pseudoDatasets };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(refs)!, parse.GetValue(split), parse.GetValue(sentences),
            parse.GetValue(limit), parse.GetValue(json), parse.GetValue(perDocument), parse.GetValue(tune) ? parse.GetValue(grid) : null,
            new EvalRougePseudoReferenceOptions(parse.GetValue(pseudoRefs), parse.GetValue(pseudoWeight), parse.GetValue(pseudoDatasets) ?? []), ct)));
        return command;
    }

    private static int Run(string refsPath, string? split, int? sentences, int? limit, string? jsonPath, string? documentsPath, string? tuneGrid,
        EvalRougePseudoReferenceOptions pseudo, CancellationToken ct)
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
        if (tuneGrid is null) return Evaluate(documents, refsPath, sentences, jsonPath, documentsPath, ct);
        PseudoReferenceSet? pseudoSet = null;
        if (pseudo.Path is not null)
        {
            // Every article of the references file, whatever --split says, is kept out of the pseudo-references.
            pseudoSet = EvalRougePseudoReferences.Read(pseudo.Path, corpus.Documents, pseudo.Datasets);
            if (pseudoSet is null) return 2;
        }
        return Tune(documents, tuneGrid, documentsPath, pseudoSet, pseudo.Weight, ct);
    }

    private static int Evaluate(List<EvalDocument> documents, string refsPath, int? sentences, string? jsonPath, string? documentsPath, CancellationToken ct)
    {
        var systems = new SummarySystems(new ExtractiveSummaryEngine(new ExtractiveOptions()), sentences);
        // Each document is cleaned and split once, whichever system asks first.
        var articles = new ConcurrentDictionary<EvalDocument, Article?>(ReferenceEqualityComparer.Instance);
        Article? ArticleOf(EvalDocument d) => articles.GetOrAdd(d, x => SummarySystems.Build(x.Article));
        var summaries = new ConcurrentDictionary<(string Id, string System), string>();
        Func<EvalDocument, string> Kept(string system, Func<EvalDocument, string> summarise) =>
            d => summaries[(d.Id, system)] = summarise(d);
        var result = new RougeEvaluation(useStemmer: true).Evaluate(documents, new Dictionary<string, Func<EvalDocument, string>>
        {
            ["extractive"] = Kept("extractive", d => systems.Extractive(ArticleOf(d))),
            ["lead3"] = Kept("lead3", d => SummarySystems.Lead(ArticleOf(d), 3)),
            ["lead1"] = Kept("lead1", d => SummarySystems.Lead(ArticleOf(d), 1)),
        }, ct);

        var table = new Table().AddColumns("dataset", "split", "system", "n", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum");
        foreach (var row in result.Rows)
            table.AddRow(new[] { row.Dataset, row.Split, row.System, row.Count.ToString(CultureInfo.InvariantCulture),
                F(row.Rouge1), F(row.Rouge2), F(row.RougeL), F(row.RougeLsum) }.Select(Markup.Escape).ToArray());
        Terminal.Create().Write(table);
        Console.WriteLine($"F1 × 100, mean [95% bootstrap interval]; {documents.Count} documents from {refsPath}; {result.Failures.Count} system failures");
        var margins = new Table().AddColumns("dataset", "split", "extractive − lead3", "n", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum");
        foreach (var m in PairedMargin.Of(result.Scores, "extractive", "lead3"))
            margins.AddRow(new[] { m.Dataset, m.Split, "margin", m.Count.ToString(CultureInfo.InvariantCulture), Signed(m.Rouge1), Signed(m.Rouge2), Signed(m.RougeLsum) }
                .Select(Markup.Escape).ToArray());
        Terminal.Create().Write(margins);
        Console.WriteLine("per-document difference of F1 × 100, mean [95% bootstrap interval over documents]: an interval across 0 is a tie on this sample; dev is what the engine's settings were tuned on");
        if (jsonPath is not null)
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(jsonPath));
            if (folder is not null) Directory.CreateDirectory(folder);
            File.WriteAllText(jsonPath, JsonSerializer.Serialize(result.Rows.Select(RougeJsonRow.From).ToList(), new JsonSerializerOptions { WriteIndented = true }));
            Console.WriteLine($"JSON rows written to {jsonPath}");
        }
        if (documentsPath is not null)
        {
            File.WriteAllLines(documentsPath, result.Scores.Select(score => JsonSerializer.Serialize(
                RougeDocumentRow.From(score, summaries.GetValueOrDefault((score.DocumentId, score.System))))));
            Console.WriteLine($"{result.Scores.Count} document rows written to {documentsPath}");
        }
        return 0;
    }

    private const int CrossValidationFolds = 5;

    private static int Tune(List<EvalDocument> documents, string grid, string? heldOutPath, PseudoReferenceSet? pseudo, double pseudoWeight, CancellationToken ct)
    {
        if (!documents.Any(d => ExtractiveTuning.TuningSplits.Contains(d.Split)))
        {
            Console.Error.WriteLine("error: --tune reads only dev or val rows, and there are none");
            return 1;
        }
        var run = ExtractiveTuning.Run(documents, ExtractiveTuning.Grids[grid](), ct, pseudoReferences: pseudo?.Documents, pseudoWeight: pseudoWeight);
        var results = run.Results;
        string weighted = pseudo is null ? "" : string.Create(CultureInfo.InvariantCulture, $" (ranked with the pseudo-references at weight {pseudoWeight}; scores shown on the dev/val rows)");
        Console.WriteLine($"{results.Count} settings on the dev/val rows{weighted}; worst margin over LEAD-3 (ROUGE-1/2/Lsum, every dataset), best first:");
        foreach (var r in results.Take(10))
        {
            string scores = string.Join("; ", r.Engine.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => string.Create(CultureInfo.InvariantCulture,
                $"{e.Key} {e.Value.Rouge1:0.00}/{e.Value.Rouge2:0.00}/{e.Value.RougeLsum:0.00} (LEAD-3 {r.Lead3[e.Key].Rouge1:0.00}/{r.Lead3[e.Key].Rouge2:0.00}/{r.Lead3[e.Key].RougeLsum:0.00})")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.WorstMargin:+0.00;-0.00;0.00}  {ExtractiveTuning.Describe(r.Options)}  {scores}"));
        }
        if (run.Embedding.Articles > 0)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"MiniLM embedded {run.Embedding.Sentences} sentences of {run.Embedding.Articles} articles in {run.Embedding.Elapsed.TotalSeconds:0.0} s ({run.Embedding.Elapsed.TotalMilliseconds / run.Embedding.Articles:0} ms an article, one process)"));
        // The best of each kind of setting the grid mixes (similarity, length policy): how far apart the kinds are on dev.
        var families = results.GroupBy(r => Family(r.Options), StringComparer.Ordinal).ToList();
        if (families.Count > 1)
            foreach (var family in families)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  best of {family.Key}: {family.First().WorstMargin:+0.00;-0.00;0.00} on dev"));
        if (run.ReferenceRows.Count < CrossValidationFolds)
        {
            Console.WriteLine($"too few tuning rows ({run.ReferenceRows.Count}) to cross-validate the search in {CrossValidationFolds} folds");
            Console.WriteLine($"current defaults: {ExtractiveTuning.Describe(new ExtractiveOptions())}");
            return 0;
        }
        var cv = TuningCrossValidation.Run(run, CrossValidationFolds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cross-validated search ({cv.Folds} folds x {cv.Repeats} dealings, each fold's setting chosen on the others): held-out margin over LEAD-3 {cv.WorstMargin:+0.00;-0.00;0.00} worst; {EvalRougePseudoReferences.Margins(cv)}"));
        foreach (var (options, folds) in cv.Chosen.Take(5))
            Console.WriteLine($"  chosen in {folds} of {cv.Folds * cv.Repeats} folds: {ExtractiveTuning.Describe(options)}");
        Console.WriteLine($"current defaults: {ExtractiveTuning.Describe(new ExtractiveOptions())}");
        if (pseudo is not null) EvalRougePseudoReferences.CompareWeights(run, CrossValidationFolds);
        if (heldOutPath is not null)
        {
            File.WriteAllLines(heldOutPath, HeldOutJsonRow.From(run, cv).Select(r => JsonSerializer.Serialize(r)));
            Console.WriteLine($"held-out scores of {cv.HeldOutRows.Count} rows written to {heldOutPath}");
        }
        return 0;
    }

    private static string Family(ExtractiveOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"EmbeddingWeight={o.EmbeddingWeight} LengthRule={o.LengthRule}{(o.LengthRatio == 0 ? $" fixed {o.Sentences} sentences" : "")}");

    private static string F(MeanWithInterval m) =>
        string.Create(CultureInfo.InvariantCulture, $"{m.Mean:0.00} [{m.Low:0.00}, {m.High:0.00}]");

    private static string Signed(MeanWithInterval m) =>
        string.Create(CultureInfo.InvariantCulture, $"{m.Mean:+0.00;-0.00;0.00} [{m.Low:+0.00;-0.00;0.00}, {m.High:+0.00;-0.00;0.00}]");
}
