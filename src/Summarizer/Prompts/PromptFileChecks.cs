using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.SemanticKernel;

namespace Summarizer.Prompts;

/// <summary>
/// What a prompt file must satisfy beyond being a configuration SK reads: a Handlebars template, a valid function
/// name, named and distinct input variables, no raw (unencoded) output, and <c>&lt;message&gt;</c> blocks that SK can
/// read as XML (a template SK cannot read is sent whole as one user message, rules and data mixed).
/// </summary>
internal static partial class PromptFileChecks
{
    public static void Check(string filePath, PromptTemplateConfig config)
    {
        if (string.IsNullOrWhiteSpace(config.Template)) throw new PromptLoadException(filePath, "'template' is missing or empty.");
        if (!string.Equals(config.TemplateFormat, Handlebars.HandlebarsPromptTemplateFactory.TemplateFormat, StringComparison.OrdinalIgnoreCase))
            throw new PromptLoadException(filePath, $"'template_format' must be 'handlebars' (was '{config.TemplateFormat}').");
        if (!FunctionNameRegex().IsMatch(config.Name ?? ""))
            throw new PromptLoadException(filePath, $"'name' must be letters, digits and underscores, a kernel function name (was '{config.Name}').");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in config.InputVariables)
        {
            if (string.IsNullOrWhiteSpace(variable.Name)) throw new PromptLoadException(filePath, "an input variable has no 'name'.");
            if (!seen.Add(variable.Name)) throw new PromptLoadException(filePath, $"input variable '{variable.Name}' is declared twice.");
        }

        // Article text reaches these templates: every value must go through the encoder.
        if (config.AllowDangerouslySetContent || config.InputVariables.Any(v => v.AllowDangerouslySetContent))
            throw new PromptLoadException(filePath, "'allow_dangerously_set_content' is not supported: values are always encoded.");
        if (RawOutputRegex().IsMatch(config.Template))
            throw new PromptLoadException(filePath, "raw output ('{{{…}}}' or '{{&…}}') is not allowed: values are always encoded.");
    }

    /// <summary>The rendered template (any values) must be well-formed XML when it uses message blocks.</summary>
    public static void CheckMessageBlocks(string filePath, string rendered)
    {
        if (!rendered.Contains("<message", StringComparison.OrdinalIgnoreCase)) return;
        try
        {
            new XmlDocument().LoadXml("<root>" + rendered + "</root>");
        }
        catch (XmlException ex)
        {
            throw new PromptLoadException(filePath, $"the <message> blocks are not well-formed XML (rendered line {ex.LineNumber}): {ex.Message}", ex);
        }
    }

    [GeneratedRegex("^[0-9A-Za-z_]+$")]
    private static partial Regex FunctionNameRegex();

    [GeneratedRegex(@"\{\{\{|\{\{~?\s*&")]
    private static partial Regex RawOutputRegex();
}
