using HandlebarsDotNet;
using Microsoft.SemanticKernel;

namespace Summarizer.Prompts.Handlebars;

/// <summary>
/// Semantic Kernel's <see cref="IPromptTemplate"/> for <c>template_format: handlebars</c>, rendered by Handlebars.Net
/// (SK's own Handlebars package is not available here). Values are XML-encoded (<see cref="XmlTextEncoder"/>), so text
/// inside a value stays text when SK reads the rendered prompt's <c>&lt;message&gt;</c> blocks. A missing value takes
/// the variable's default; a missing required value without one is an error naming the variable.
/// </summary>
internal sealed class HandlebarsPromptTemplate : IPromptTemplate
{
    private static readonly IHandlebars Engine = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration { TextEncoder = new XmlTextEncoder() });

    private readonly PromptTemplateConfig _config;
    private readonly HandlebarsTemplate<object, object> _compiled;

    /// <exception cref="HandlebarsException">The template does not compile.</exception>
    public HandlebarsPromptTemplate(PromptTemplateConfig config)
    {
        _config = config;
        _compiled = Engine.Compile(config.Template);
    }

    public Task<string> RenderAsync(Kernel kernel, KernelArguments? arguments = null, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments ?? []) values[name] = value;
        foreach (var variable in _config.InputVariables)
        {
            if (values.ContainsKey(variable.Name)) continue;
            if (variable.Default is { } fallback) values[variable.Name] = fallback;
            else if (variable.IsRequired)
                throw new ArgumentException($"Prompt '{_config.Name}' needs variable '{variable.Name}'.", nameof(arguments));
        }
        return Task.FromResult(_compiled(values));
    }
}
