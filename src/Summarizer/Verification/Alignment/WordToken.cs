namespace Summarizer.Verification.Alignment;

/// <summary>
/// One word or number of a text: <see cref="Folded"/> is lower-case without accents (the form texts are compared
/// by); <see cref="Start"/>/<see cref="Length"/> index the original text; <see cref="Sentence"/> counts sentences from 0.
/// </summary>
internal readonly record struct WordToken(string Folded, int Start, int Length, int Sentence, bool Capitalised, bool SentenceInitial)
{
    public int End => Start + Length;

    public bool IsNumber => Folded.Length > 0 && char.IsDigit(Folded[0]);
}
