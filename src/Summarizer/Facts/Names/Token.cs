using Summarizer.Facts.Text;

namespace Summarizer.Facts.Names;

/// <summary>A word of the text with its offsets and the shape features the name rules need.</summary>
internal readonly record struct Token(int Start, int End, string Text)
{
    public bool IsCap => char.IsUpper(Text[0]);

    /// <summary>All letters upper case and at least two of them: "UK", "U.S.", "NATO", "PM".</summary>
    public bool IsAcronym
    {
        get
        {
            int letters = 0;
            foreach (char c in Text)
            {
                if (!char.IsLetter(c)) continue;
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            return letters >= 2;
        }
    }

    public bool IsPossessive => Bare.Length != Text.Length;

    /// <summary>The word without a possessive ending.</summary>
    public string Bare => TextFold.StripPossessive(Text);

    public string Lower => TextFold.Fold(Bare);
}
