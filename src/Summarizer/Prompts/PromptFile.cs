using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Summarizer.Prompts.Handlebars;

namespace Summarizer.Prompts;

/// <summary>One prompt file, loaded as Semantic Kernel's <see cref="PromptTemplateConfig"/> with its compiled template.</summary>
public sealed class PromptFile
{
    private static readonly HandlebarsPromptTemplateFactory Factory = new();

    // Only previews render the file on its own: built on first use, not for every file at start-up.
    private readonly Lazy<KernelFunction> _preview;

    internal PromptFile(string filePath, string contentHash, PromptTemplateConfig config, IPromptTemplate template)
    {
        FilePath = filePath;
        ContentHash = contentHash;
        Config = config;
        _preview = new(() => KernelFunctionFactory.CreateFromPrompt(template, config));
    }

    /// <summary>The prompt's name (its <c>name</c> field, else the file name), also its kernel function's name.</summary>
    public string Name => Config.Name!;

    public string? Description => Config.Description;

    public string FilePath { get; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes; part of every cache key of a stage that used it.</summary>
    public string ContentHash { get; }

    /// <summary>The configuration as read from the file. Functions are built from copies, so do not change it.</summary>
    public PromptTemplateConfig Config { get; }

    /// <summary>The file's <c>execution_settings.default</c> (sampling settings for any service), or null.</summary>
    public PromptExecutionSettings? DefaultSettings =>
        Config.ExecutionSettings.TryGetValue(PromptExecutionSettings.DefaultServiceId, out var settings) ? settings : null;

    /// <summary>
    /// A kernel function rendering this prompt, run with <paramref name="settings"/> (keyed by its
    /// <see cref="PromptExecutionSettings.ServiceId"/>) and, where given, other defaults for some input variables.
    /// </summary>
    public PromptFunction CreateFunction(PromptExecutionSettings settings, string? pluginName = null,
        IReadOnlyDictionary<string, object?>? defaults = null, ILoggerFactory? loggerFactory = null)
    {
        var config = new PromptTemplateConfig
        {
            Name = Config.Name,
            Description = Config.Description,
            TemplateFormat = Config.TemplateFormat,
            Template = Config.Template,
            OutputVariable = Config.OutputVariable,
            InputVariables = Config.InputVariables.Select(v => new InputVariable(v)
            {
                Default = defaults is not null && defaults.TryGetValue(v.Name, out var value) ? value : v.Default,
            }).ToList(),
        };
        config.AddExecutionSettings(settings);
        if (!Factory.TryCreate(config, out var template)) throw new InvalidOperationException($"Prompt '{Name}' is not a Handlebars template.");
        var function = KernelFunctionFactory.CreateFromPrompt(template, config, loggerFactory);
        return new PromptFunction(pluginName is null ? function : function.Clone(pluginName), template, this);
    }

    /// <summary>
    /// The chat messages Semantic Kernel sends for <paramref name="values"/>: the prompt runs as a kernel function
    /// through SK's own rendering and message parsing, against a chat client that only records what it is sent.
    /// </summary>
    public IReadOnlyList<PromptMessage> Render(IReadOnlyDictionary<string, object?> values) =>
        // Completes synchronously: the template and the recording client do no I/O.
        RenderAsync(values).GetAwaiter().GetResult();

    /// <inheritdoc cref="Render"/>
    public Task<IReadOnlyList<PromptMessage>> RenderAsync(IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default) =>
        PromptPreview.MessagesAsync(_preview.Value, new KernelArguments(values.ToDictionary(), null), cancellationToken);
}
