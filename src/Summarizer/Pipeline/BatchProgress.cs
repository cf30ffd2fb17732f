namespace Summarizer.Pipeline;

/// <summary>Progress of a batch after each finished item, and once more when the story comparison starts.</summary>
public readonly record struct BatchProgress(int Done, int Total, int Failed, string LastSource, string? LastError,
    BatchStage Stage = BatchStage.Articles);

/// <summary>The stage a batch is in: its articles, then the comparison of their stories.</summary>
public enum BatchStage
{
    /// <summary>Summarising and verifying the articles.</summary>
    Articles,

    /// <summary>Comparing the stories of the succeeded articles (after the last article).</summary>
    ComparingStories,
}
