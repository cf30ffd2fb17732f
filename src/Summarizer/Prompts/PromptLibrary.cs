using System.Security.Cryptography;
using HandlebarsDotNet;
using Microsoft.SemanticKernel;
using Summarizer.Prompts.Handlebars;

namespace Summarizer.Prompts;

/// <summary>
/// All prompt files, loaded as Semantic Kernel configurations and checked once at start-up: a missing file, a YAML or
/// Handlebars error, a malformed message block, or a required variable the code does not supply throws
/// <see cref="PromptLoadException"/> naming the file (and variable).
/// </summary>
public sealed class PromptLibrary
{
    /// <summary>Folder name used when none is configured.</summary>
    public const string DefaultFolder = "prompts";

    private static readonly HandlebarsPromptTemplateFactory Factory = new();
    private static readonly Kernel NoServices = new();

    private readonly Dictionary<string, PromptFile> _files;

    private PromptLibrary(string folder, Dictionary<string, PromptFile> files)
    {
        Folder = folder;
        _files = files;
    }

    /// <summary>The folder the files were read from.</summary>
    public string Folder { get; }

    /// <summary>The prompt loaded from <c>{name}.yaml</c>.</summary>
    public PromptFile this[string name] =>
        _files.TryGetValue(name, out var file) ? file : throw new KeyNotFoundException($"No prompt '{name}' was loaded from '{Folder}'.");

    public IReadOnlyCollection<PromptFile> Templates => _files.Values;

    /// <summary>Loads every contracted file from <paramref name="folder"/> (resolved by <see cref="ResolveFolder"/>).</summary>
    public static PromptLibrary Load(string? folder, IEnumerable<PromptContract> contracts)
    {
        var root = ResolveFolder(folder);
        var files = new Dictionary<string, PromptFile>(StringComparer.Ordinal);
        foreach (var contract in contracts)
        {
            var path = Path.Combine(root, contract.FileName);
            if (!File.Exists(path)) throw new PromptLoadException(path, "the file does not exist.");
            files[contract.Name] = LoadFile(path, contract);
        }
        return new PromptLibrary(root, files);
    }

    /// <summary>
    /// An absolute folder is used as is; a relative one is looked for next to the app (where the build copies
    /// <c>prompts/</c>) and then in the current directory.
    /// </summary>
    public static string ResolveFolder(string? folder)
    {
        folder = string.IsNullOrWhiteSpace(folder) ? DefaultFolder : folder;
        if (Path.IsPathRooted(folder)) return folder;
        var besideApp = Path.Combine(AppContext.BaseDirectory, folder);
        return Directory.Exists(besideApp) ? besideApp : Path.GetFullPath(folder);
    }

    private static PromptFile LoadFile(string path, PromptContract contract)
    {
        var content = File.ReadAllBytes(path);
        var config = PromptTemplateConfigReader.Read(path, content);
        if (string.IsNullOrWhiteSpace(config.Name)) config.Name = contract.Name;
        PromptFileChecks.Check(path, config);
        foreach (var variable in config.InputVariables)
        {
            // A required variable with a default is satisfiable without the code supplying it.
            if (variable.IsRequired && variable.Default is null && !contract.SuppliedVariables.Contains(variable.Name))
                throw new PromptLoadException(path, $"required variable '{variable.Name}' is not supplied by the code (it supplies: {string.Join(", ", contract.SuppliedVariables.Order())}).");
        }

        IPromptTemplate template;
        try
        {
            Factory.TryCreate(config, out template!);
        }
        catch (HandlebarsException ex)
        {
            throw new PromptLoadException(path, $"Handlebars error: {ex.Message}", ex);
        }
        var blank = new KernelArguments(config.InputVariables.ToDictionary(v => v.Name, object? (_) => ""), null);
        PromptFileChecks.CheckMessageBlocks(path, template.RenderAsync(NoServices, blank).GetAwaiter().GetResult());

        return new PromptFile(path, Convert.ToHexStringLower(SHA256.HashData(content)), config, template);
    }
}
