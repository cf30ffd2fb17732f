using System.Security.Cryptography;
using System.Text;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Schema;
using Summarizer.Prompts;
using Summarizer.Summaries;

namespace Summarizer.Llm.Engine;

/// <summary>
/// Hash of everything that shapes an LLM summary besides the article: model, provider, reply mode, both prompt
/// files, the reply schema and the repair/chunking settings. Change one prompt and the fingerprint changes.
/// </summary>
internal static class EngineFingerprint
{
    public static string Compute(LlmOptions o, PromptLibrary prompts)
    {
        var parts = string.Join('\n',
            $"summary-schema:{StructuredSummary.CurrentSchemaVersion}",
            $"provider:{o.Provider}",
            $"model:{o.Model}",
            $"output:{o.EffectiveStructuredOutput}",
            $"summarize:{prompts[PromptContracts.Summarize.Name].ContentHash}",
            $"repair:{prompts[PromptContracts.Repair.Name].ContentHash}",
            $"reply-schema:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SummaryJsonSchema.Text)))}",
            $"repairs:{o.MaxRepairAttempts}",
            $"context:{o.ContextBudgetTokens}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts)));
    }
}
