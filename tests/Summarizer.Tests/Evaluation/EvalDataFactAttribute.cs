namespace Summarizer.Evaluation.Tests;

/// <summary>
/// A test over the public benchmarks in <c>../shared/eval-data/</c> beside the repository (or where
/// <c>SUMMARIZER_EVAL_DATA</c> points): they are not part of the repository, so where they are absent the test is
/// reported as skipped with the path it looked in, never as passed.
/// </summary>
public sealed class EvalDataFactAttribute : FactAttribute
{
    public EvalDataFactAttribute(string subfolder)
    {
        if (!Directory.Exists(Path.Combine(Root, subfolder)))
            Skip = $"needs the shared benchmarks (not in the repository): {Path.GetFullPath(Path.Combine(Root, subfolder))} not found; set SUMMARIZER_EVAL_DATA";
    }

    /// <summary>The eval-data folder: SUMMARIZER_EVAL_DATA, else <c>../shared/eval-data</c> from the repository root.</summary>
    public static string Root => Environment.GetEnvironmentVariable("SUMMARIZER_EVAL_DATA") is { Length: > 0 } configured
        ? configured
        : Path.Combine(Summarizer.Testing.SeedArticles.RepoRoot, "..", "shared", "eval-data");
}
