using System.Net;
using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace Summarizer.Prompts;

/// <summary>
/// A loaded, compiled prompt template. Rendering HTML-encodes every value (as Semantic Kernel does), so text
/// inside a value can never open or close a <c>&lt;message&gt;</c> block; each message is decoded after splitting.
/// </summary>
public sealed partial class PromptTemplate
{
    private readonly HandlebarsTemplate<object, object> _compiled;

    internal PromptTemplate(
        string name,
        string? description,
        string filePath,
        string contentHash,
        IReadOnlyList<PromptInputVariable> inputVariables,
        PromptExecutionSettings settings,
        HandlebarsTemplate<object, object> compiled)
    {
        Name = name;
        Description = description;
        FilePath = filePath;
        ContentHash = contentHash;
        InputVariables = inputVariables;
        Settings = settings;
        _compiled = compiled;
    }

    public string Name { get; }
    public string? Description { get; }
    public string FilePath { get; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes; part of every cache key of a stage that used it.</summary>
    public string ContentHash { get; }

    public IReadOnlyList<PromptInputVariable> InputVariables { get; }
    public PromptExecutionSettings Settings { get; }

    /// <summary>Renders the template into chat messages. Missing optional variables take their declared default.</summary>
    /// <exception cref="ArgumentException">A required variable was not supplied.</exception>
    public IReadOnlyList<PromptMessage> Render(IReadOnlyDictionary<string, object?> values)
    {
        var data = new Dictionary<string, object?>(values, StringComparer.Ordinal);
        foreach (var variable in InputVariables)
        {
            if (data.ContainsKey(variable.Name)) continue;
            if (variable.IsRequired)
                throw new ArgumentException($"Prompt '{Name}' ({FilePath}) needs variable '{variable.Name}'.", nameof(values));
            data[variable.Name] = variable.Default ?? "";
        }

        return SplitMessages(_compiled(data));
    }

    private static List<PromptMessage> SplitMessages(string rendered)
    {
        var messages = new List<PromptMessage>();
        foreach (Match m in MessageRegex().Matches(rendered))
            messages.Add(new PromptMessage(m.Groups["role"].Value, WebUtility.HtmlDecode(m.Groups["body"].Value).Trim()));

        // A template without message blocks is one user message, as in Semantic Kernel.
        if (messages.Count == 0)
            messages.Add(new PromptMessage("user", WebUtility.HtmlDecode(rendered).Trim()));
        return messages;
    }

    [GeneratedRegex("""<message\s+role="(?<role>system|user|assistant)"\s*>(?<body>.*?)</message>""", RegexOptions.Singleline)]
    private static partial Regex MessageRegex();
}
