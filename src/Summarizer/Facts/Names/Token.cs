using Summarizer.Text;

namespace Summarizer.Facts.Names;

/// <summary>
/// A word of the text with its offsets and the shape features the name rules need. The derived forms
/// (<see cref="Bare"/>, <see cref="Lower"/>, the shape flags) are computed once, when the token is made.
/// </summary>
internal readonly record struct Token
{
    public Token(int Start, int End, string Text)
    {
        this.Start = Start;
        this.End = End;
        this.Text = Text;
        Bare = TextFold.StripPossessive(Text);
        Lower = TextFold.Fold(Bare);
        IsCap = char.IsUpper(Text[0]);
        IsAcronym = Acronym(Text);
        IsNameLike = NameShape.Compute(Text, Bare, IsCap, IsAcronym);
        IsRoleWord = Lexicons.Roles.IsRoleWord(Lower);
    }

    public int Start { get; }
    public int End { get; }
    public string Text { get; }

    public bool IsCap { get; }

    /// <summary>All letters upper case and at least two of them: "UK", "U.S.", "NATO", "PM".</summary>
    public bool IsAcronym { get; }

    /// <summary>See <see cref="NameShape.IsNameLike"/>.</summary>
    public bool IsNameLike { get; }

    /// <summary><see cref="Lexicons.Roles.IsRoleWord"/> of <see cref="Lower"/>.</summary>
    public bool IsRoleWord { get; }

    public bool IsPossessive => Bare.Length != Text.Length;

    /// <summary>The word without a possessive ending.</summary>
    public string Bare { get; }

    public string Lower { get; }

    private static bool Acronym(string text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
