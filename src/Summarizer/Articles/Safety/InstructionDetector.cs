using System.Text.RegularExpressions;

namespace Summarizer.Articles.Safety;

/// <summary>
/// Finds sentences of an article that speak to a language model rather than to a reader (OWASP LLM01, prompt
/// injection): orders to ignore earlier instructions, chat-role markers and template tokens, words addressed to an AI
/// or a summariser, role-play orders, and commands about what a summary or reply must say. Such sentences are kept out of
/// every summary and flagged, whichever engine runs. The rules look for the shape of an instruction, never for
/// particular articles' words; a news sentence that merely reports such an attack is flagged too, which costs nothing
/// worse than a warning.
/// </summary>
public static partial class InstructionDetector
{
    /// <summary>Why <paramref name="sentence"/> reads as addressed to a model, or null when it does not.</summary>
    public static string? Reason(string sentence)
    {
        if (sentence.Length < 6) return null;
        if (Override().IsMatch(sentence)) return "tells the reader to ignore or replace its instructions";
        if (RoleMarker().IsMatch(sentence)) return "carries a chat role marker or template token";
        if (AddressesModel().IsMatch(sentence)) return "is addressed to an AI model";
        if (RolePlay().IsMatch(sentence)) return "orders a role-play";
        if (OutputCommand().IsMatch(sentence)) return "dictates what a summary or reply must say";
        return null;
    }

    /// <summary>The sentences of <paramref name="sentences"/> that read as addressed to a model, with the reason.</summary>
    public static IReadOnlyList<FlaggedSentence> Flag(IReadOnlyList<Sentence> sentences) =>
        sentences.Select(s => (s.Id, Reason: Reason(s.Text))).Where(x => x.Reason is not null)
            .Select(x => new FlaggedSentence(x.Id, x.Reason!)).ToList();

    [GeneratedRegex(@"\b(?:ignore|disregard|forget|override|bypass|skip)\b(?:\W+\w+){0,4}?\W+(?:previous|prior|above|earlier|preceding|all|any|your|the\s+system)\b(?:\W+\w+){0,3}?\W+(?:instructions?|prompts?|rules|directions|directives|guidelines|commands|context)\b|\bnew\s+instructions?\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Override();

    [GeneratedRegex(@"(?:^|\n)\s*[\[(<#*]*\s*(?:system|assistant|developer|user)\s*[\])>*]*\s*:|<\|\s*(?:im_start|im_end|system|user|assistant|endoftext)\s*\|>|\[/?INST\]|<<\s*/?SYS\s*>>|#{2,}\s*(?:instruction|system|response)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleMarker();

    [GeneratedRegex(@"\b(?:you\s+are|you're)\s+(?:now\s+|no\s+longer\s+)?(?:an?\s+|the\s+)?(?:ai|a\.i\.|assistant|language\s+model|large\s+language\s+model|llm|chat\s?bot|chatgpt|gpt(?:-\d)?|summari[sz]er|model)\b|\bas\s+an?\s+(?:ai|language\s+model|llm)\s+(?:model\s+)?(?:you|assistant)\b|\b(?:dear|hey|attention|note\s+to(?:\s+the)?)\s+(?:ai|assistant|chatgpt|gpt|model|llm|summari[sz]er|language\s+model)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressesModel();

    [GeneratedRegex(@"^\W*(?:please\s+)?(?:pretend\s+(?:to\s+be|you\s+are)|act\s+as\s+(?:if\s+you|an?\s+|the\s+)|role-?play\s+as|imagine\s+you\s+are|from\s+now\s+on,?\s+you)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RolePlay();

    [GeneratedRegex(@"(?:\b(?:your|the|any|every)\s+(?:summary|summaries|output|headline)|\byour\s+(?:response|reply|answer))\s+(?:must|should|shall|has\s+to|needs\s+to|will)\s+(?:say|state|read|be|include|contain|begin|start|end|mention|claim|report)\b|\b(?:in|into)\s+your\s+(?:summary|summaries|output)\b|\b(?:respond|reply|answer|output)\s+(?:only\s+)?(?:with|in)\s+(?:json|the\s+(?:word|phrase|text)|exactly|only)\b|\bwhen\s+summari[sz]ing\s+(?:this|the)\b|\bsummari[sz]e\s+(?:this|the)\s+(?:article|text|story)\s+as\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutputCommand();
}
