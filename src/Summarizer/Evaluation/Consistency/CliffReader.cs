using Microsoft.VisualBasic.FileIO;
using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// Reads a CLIFF / AggreFact CSV (header row; columns found by name: origin, cut, id, model_name, label, doc,
/// summary). Quoted fields may hold commas, doubled quotes and line breaks; the framework's CSV parser reads them.
/// </summary>
public static class CliffReader
{
    private static readonly string[] Required = ["origin", "cut", "label", "doc", "summary"];

    public static List<CliffRow> Read(string path, List<string> problems)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        var column = header.Select((name, i) => (name: name.Trim().ToLowerInvariant(), i)).ToDictionary(c => c.name, c => c.i);
        var missing = Required.Where(r => !column.ContainsKey(r)).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{path}: missing column(s) {string.Join(", ", missing)}");

        var rows = new List<CliffRow>();
        while (!parser.EndOfData)
        {
            long line = parser.LineNumber;
            string[]? fields;
            try { fields = parser.ReadFields(); }
            catch (MalformedLineException e) { problems.Add($"{Path.GetFileName(path)}:{line}: skipped: {e.Message}"); continue; }
            if (fields is null || fields.Length < header.Length) { problems.Add($"{Path.GetFileName(path)}:{line}: skipped: too few fields"); continue; }
            string Field(string name) => column.TryGetValue(name, out int i) ? fields[i] : "";
            if (!int.TryParse(Field("label"), out int label) || label is not (0 or 1))
            {
                problems.Add($"{Path.GetFileName(path)}:{line}: skipped: label '{Field("label")}' is not 0 or 1");
                continue;
            }
            rows.Add(new CliffRow(EvalCorpusReader.NormalizeDataset(Field("origin")), Field("cut").Trim().ToLowerInvariant(),
                Field("id"), Field("model_name"), label, Field("doc"), Field("summary")));
        }
        return rows;
    }
}
