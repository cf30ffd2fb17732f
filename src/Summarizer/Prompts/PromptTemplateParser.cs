using System.Security.Cryptography;
using HandlebarsDotNet;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Summarizer.Prompts;

/// <summary>Reads one YAML template file into a compiled <see cref="PromptTemplate"/>, failing with the file's name.</summary>
internal static class PromptTemplateParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties() // other Semantic Kernel fields (output_variable, …) are legal but unused
        .Build();

    public static PromptTemplate Parse(string filePath, byte[] content)
    {
        PromptTemplateDocument? doc;
        try
        {
            using var reader = new StreamReader(new MemoryStream(content));
            doc = Yaml.Deserialize<PromptTemplateDocument>(reader);
        }
        catch (YamlException ex)
        {
            throw new PromptLoadException(filePath, $"YAML error at line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}", ex);
        }

        if (doc is null) throw new PromptLoadException(filePath, "the file is empty.");
        if (string.IsNullOrWhiteSpace(doc.Template)) throw new PromptLoadException(filePath, "'template' is missing or empty.");
        if (!string.Equals(doc.TemplateFormat, "handlebars", StringComparison.OrdinalIgnoreCase))
            throw new PromptLoadException(filePath, $"'template_format' must be 'handlebars' (was '{doc.TemplateFormat}').");

        var variables = new List<PromptInputVariable>();
        foreach (var v in doc.InputVariables ?? [])
        {
            if (string.IsNullOrWhiteSpace(v.Name)) throw new PromptLoadException(filePath, "an input variable has no 'name'.");
            if (variables.Any(x => x.Name == v.Name)) throw new PromptLoadException(filePath, $"input variable '{v.Name}' is declared twice.");
            variables.Add(new PromptInputVariable(v.Name, v.Description, v.IsRequired, v.Default));
        }

        var settings = doc.ExecutionSettings is { } s && s.TryGetValue("default", out var d)
            ? new PromptExecutionSettings(d.Temperature, d.MaxTokens)
            : new PromptExecutionSettings(null, null);

        HandlebarsTemplate<object, object> compiled;
        try
        {
            compiled = Handlebars.Create().Compile(doc.Template);
        }
        catch (HandlebarsException ex)
        {
            throw new PromptLoadException(filePath, $"Handlebars error: {ex.Message}", ex);
        }

        var name = string.IsNullOrWhiteSpace(doc.Name) ? Path.GetFileNameWithoutExtension(filePath) : doc.Name;
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        return new PromptTemplate(name, doc.Description, filePath, hash, variables, settings, compiled);
    }
}
