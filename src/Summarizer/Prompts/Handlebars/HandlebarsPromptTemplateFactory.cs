using System.Diagnostics.CodeAnalysis;
using Microsoft.SemanticKernel;

namespace Summarizer.Prompts.Handlebars;

/// <summary>
/// Semantic Kernel's <see cref="IPromptTemplateFactory"/> for <c>template_format: handlebars</c>: pass it to
/// <c>KernelFunctionFactory.CreateFromPrompt</c> to turn a Handlebars prompt configuration into a kernel function.
/// </summary>
public sealed class HandlebarsPromptTemplateFactory : IPromptTemplateFactory
{
    /// <summary>The <see cref="PromptTemplateConfig.TemplateFormat"/> this factory renders.</summary>
    public const string TemplateFormat = "handlebars";

    /// <inheritdoc />
    public bool TryCreate(PromptTemplateConfig templateConfig, [NotNullWhen(true)] out IPromptTemplate? result)
    {
        ArgumentNullException.ThrowIfNull(templateConfig);
        result = string.Equals(templateConfig.TemplateFormat, TemplateFormat, StringComparison.OrdinalIgnoreCase)
            ? new HandlebarsPromptTemplate(templateConfig)
            : null;
        return result is not null;
    }
}
