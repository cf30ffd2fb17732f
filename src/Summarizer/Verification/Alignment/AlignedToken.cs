namespace Summarizer.Verification.Alignment;

/// <summary>How one word of a summary stands against the article.</summary>
internal enum TokenSupport
{
    /// <summary>A function word: not checked.</summary>
    Function,
    /// <summary>The article has the same word.</summary>
    Exact,
    /// <summary>The article has the same stem ("deployed" for "deploying").</summary>
    Stem,
    /// <summary>The article has neither.</summary>
    Novel,
}

/// <summary>
/// A summary word with its alignment: whether the article has it, whether it is a name (truecased against the
/// article, or by its own capital, or because it is no ordinary English word), a number, and the article token
/// index of its evidence (-1 when novel).
/// </summary>
internal readonly record struct AlignedToken(WordToken Token, TokenSupport Support, bool IsName, bool IsNumber, int Evidence)
{
    public bool IsContent => Support != TokenSupport.Function;

    public bool IsNovel => Support == TokenSupport.Novel;
}
