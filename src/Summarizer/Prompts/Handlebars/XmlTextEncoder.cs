using System.Text;
using HandlebarsDotNet;

namespace Summarizer.Prompts.Handlebars;

/// <summary>
/// Output encoder for template values. Semantic Kernel splits a rendered prompt into chat messages by reading it as
/// XML (<c>&lt;message role="…"&gt;</c> blocks) and decodes each message afterwards; so every value is written as XML
/// text: the five markup characters become entities (a value can never open or close a block) and characters XML
/// cannot carry (control characters, lone surrogate halves) become U+FFFD, so one stray byte in an article cannot
/// make the whole prompt unreadable as messages.
/// </summary>
internal sealed class XmlTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is not null) Encode(text.ToString(), target);
    }

    public void Encode(string? text, TextWriter target)
    {
        if (string.IsNullOrEmpty(text)) return;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                target.Write(c);
                target.Write(text[++i]);
            }
            else
            {
                Write(c, target);
            }
        }
    }

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        if (text is null) return;
        var buffer = new StringBuilder();
        while (text.MoveNext()) buffer.Append(text.Current);
        Encode(buffer.ToString(), target);
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '"': target.Write("&quot;"); break;
            case '\'': target.Write("&#39;"); break;
            default: target.Write(IsXmlChar(c) ? c : '\uFFFD'); break;
        }
    }

    // XML 1.0 characters: tab, line feed, carriage return, U+0020–U+D7FF and U+E000–U+FFFD (pairs are handled above).
    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
