using Microsoft.SemanticKernel;

namespace Summarizer.Prompts;

/// <summary>A prompt file as a kernel function, with the template the function renders (for cache keys and previews).</summary>
/// <param name="Function">The Semantic Kernel function.</param>
/// <param name="Template">The template instance <paramref name="Function"/> renders with.</param>
/// <param name="File">The file it was built from.</param>
public sealed record PromptFunction(KernelFunction Function, IPromptTemplate Template, PromptFile File)
{
    /// <summary>The prompt text the function renders for <paramref name="arguments"/>, before SK splits it into messages.</summary>
    public Task<string> RenderAsync(Kernel kernel, KernelArguments arguments, CancellationToken cancellationToken = default) =>
        Template.RenderAsync(kernel, arguments, cancellationToken);
}
