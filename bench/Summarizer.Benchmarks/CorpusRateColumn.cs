using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

/// <summary>Articles per second of a benchmark whose operation runs over the whole <see cref="RefsCorpus"/> (from the median).</summary>
public sealed class CorpusRateColumn : IColumn
{
    /// <summary>Articles in one operation; set by the benchmark's setup before the summary is printed.</summary>
    public static int Articles { get; set; } = 499;

    public string Id => nameof(CorpusRateColumn);
    public string ColumnName => "Articles/s (median)";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Articles of the corpus divided by the median time of one operation over all of them";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics is { } s ? (Articles / (s.Median / 1e9)).ToString("F0") : "NA";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}
