using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

/// <summary>
/// A benchmark's median minus its baseline's median, in milliseconds: with a baseline that does only the part to leave
/// out (e.g. the model's round trip), what the rest of the operation costs.
/// </summary>
public sealed class MedianMinusBaselineColumn : IColumn
{
    public string Id => nameof(MedianMinusBaselineColumn);
    public string ColumnName => "Median − baseline (ms)";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Median of this benchmark minus median of the baseline, in milliseconds";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        return summary[benchmarkCase]?.ResultStatistics is { } own && baseline is not null && summary[baseline]?.ResultStatistics is { } b
            ? ((own.Median - b.Median) / 1e6).ToString("F3")
            : "NA";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}

/// <summary>Adds <see cref="MedianMinusBaselineColumn"/> to a benchmark class.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MedianMinusBaselineColumnAttribute : BenchmarkDotNet.Attributes.ColumnConfigBaseAttribute
{
    public MedianMinusBaselineColumnAttribute() : base(new MedianMinusBaselineColumn()) { }
}
