using Microsoft.SemanticKernel;
using Summarizer.Prompts;

namespace Summarizer.Llm.Engine;

/// <summary>One model request: the prompt function and the arguments it renders (article data already defanged).</summary>
internal sealed record PromptCall(PromptFunction Prompt, KernelArguments Arguments);
