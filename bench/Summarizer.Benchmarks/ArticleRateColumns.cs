using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Running;

/// <summary>Per-article figures of a benchmark whose operation is one batch of <see cref="LlmBenchHost.BatchSize"/> articles.</summary>
public sealed class ArticleRateColumn(string name, Func<Statistics, string> format) : IColumn
{
    /// <summary>Articles per second from the mean time of a batch.</summary>
    public static readonly IColumn ArticlesPerSecond =
        new ArticleRateColumn("Articles/s", s => (LlmBenchHost.BatchSize / (s.Mean / 1e9)).ToString("F1"));

    /// <summary>Median time of a batch divided by its articles.</summary>
    public static readonly IColumn MedianMsPerArticle =
        new ArticleRateColumn("Median ms/article", s => (s.Median / 1e6 / LlmBenchHost.BatchSize).ToString("F3"));

    public string Id => nameof(ArticleRateColumn) + "." + ColumnName;
    public string ColumnName { get; } = name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => ColumnName + " over a batch of " + LlmBenchHost.BatchSize + " articles";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics is { } s ? format(s) : "NA";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}

/// <summary>Adds <see cref="ArticleRateColumn"/>'s columns to a benchmark class.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ArticleRateColumnsAttribute : BenchmarkDotNet.Attributes.ColumnConfigBaseAttribute
{
    /// <summary>Articles/s and median ms/article.</summary>
    public ArticleRateColumnsAttribute() : base(ArticleRateColumn.ArticlesPerSecond, ArticleRateColumn.MedianMsPerArticle) { }
}
