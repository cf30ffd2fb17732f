using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

public sealed class EvalCorpusReaderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "summarizer-eval-" + Guid.NewGuid().ToString("N"));

    public EvalCorpusReaderTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(params string[] lines)
    {
        var path = Path.Combine(_directory, "corpus.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void ReadJsonl_AcceptsFieldNameVariants()
    {
        var path = Write(
            """{"id":"a1","dataset":"CNN/DM","split":"Validation","article":"Art 1.","reference":"Ref 1."}""",
            """{"hash":"h2","origin":"cnndm","document":"Art 2.","summary":"Sum 2."}""",
            """{"doc_id":42,"source":"XSum","text":"Art 3.","ref":"Ref 3."}""",
            """{"id":"a4","source_text":"Art 4.","highlights":["First.","Second."]}""",
            """{"ID":"a5","Article":"Art 5.","Summary":"Sum 5.","dataset":"cnndm"}""",
            "",
            """{"article":"Art 7.","reference":"Ref 7.","dataset":null}""");

        var result = EvalCorpusReader.ReadJsonl(path);

        Assert.Empty(result.Problems);
        Assert.Equal(
            [
                new EvalDocument("a1", "cnndm", "validation", "Art 1.", "Ref 1."),
                new EvalDocument("h2", "cnndm", "test", "Art 2.", "Sum 2."),
                new EvalDocument("42", "xsum", "test", "Art 3.", "Ref 3."),
                new EvalDocument("a4", "unknown", "test", "Art 4.", "First.\nSecond."),
                new EvalDocument("a5", "cnndm", "test", "Art 5.", "Sum 5."),
                new EvalDocument("line-7", "unknown", "test", "Art 7.", "Ref 7."),
            ],
            result.Documents);
    }

    [Fact]
    public void ReadJsonl_SkipsAndReportsMalformedLines()
    {
        var path = Write(
            """{"id":"ok1","article":"A","reference":"R"}""",
            "{oops",
            "[1, 2]",
            """{"id":"x4","article":"A"}""",
            """{"id":"x5","article":"   ","reference":"R"}""",
            """{"id":"x6","article":5,"reference":"R"}""",
            """{"id":"x7","article":"A","summary":["ok", 3]}""",
            "   ",
            """{"id":"ok2","text":"A","summary":"S"}""");

        var result = EvalCorpusReader.ReadJsonl(path);

        Assert.Equal(["ok1", "ok2"], result.Documents.Select(d => d.Id));
        Assert.Equal(6, result.SkippedLines);
        Assert.StartsWith("corpus.jsonl:2: skipped: invalid JSON", result.Problems[0]);
        Assert.Contains("expected a JSON object", result.Problems[1]);
        Assert.Equal("corpus.jsonl:4: skipped: no reference|summary|ref|highlights field", result.Problems[2]);
        Assert.Equal("corpus.jsonl:5: skipped: field 'article' is empty", result.Problems[3]);
        Assert.StartsWith("corpus.jsonl:6: skipped: field 'article' is a Number", result.Problems[4]);
        Assert.Equal("corpus.jsonl:7: skipped: field 'summary' is an array with a non-string element", result.Problems[5]);
    }

    [Theory]
    [InlineData("CNN/DM", "cnndm")]
    [InlineData(" cnndm ", "cnndm")]
    [InlineData("cnn_dailymail", "cnndm")]
    [InlineData("XSum", "xsum")]
    [InlineData("", "unknown")]
    [InlineData(null, "unknown")]
    public void NormalizeDataset(string? raw, string expected) =>
        Assert.Equal(expected, EvalCorpusReader.NormalizeDataset(raw));

    [Fact]
    public void ReadJsonl_MissingFile_Throws() =>
        Assert.Throws<FileNotFoundException>(() => EvalCorpusReader.ReadJsonl(Path.Combine(_directory, "missing.jsonl")));
}
