namespace Summarizer.Prompts;

/// <summary>
/// All prompt templates, loaded and checked once at start-up: a missing file, a YAML or Handlebars error, or a
/// required variable the code does not supply throws <see cref="PromptLoadException"/> naming the file (and variable).
/// </summary>
public sealed class PromptLibrary
{
    /// <summary>Folder name used when none is configured.</summary>
    public const string DefaultFolder = "prompts";

    private readonly Dictionary<string, PromptTemplate> _templates;

    private PromptLibrary(string folder, Dictionary<string, PromptTemplate> templates)
    {
        Folder = folder;
        _templates = templates;
    }

    /// <summary>The folder the templates were read from.</summary>
    public string Folder { get; }

    /// <summary>The template loaded from <c>{name}.yaml</c>.</summary>
    public PromptTemplate this[string name] =>
        _templates.TryGetValue(name, out var t) ? t : throw new KeyNotFoundException($"No prompt template '{name}' was loaded from '{Folder}'.");

    public IReadOnlyCollection<PromptTemplate> Templates => _templates.Values;

    /// <summary>Loads every contracted template from <paramref name="folder"/> (resolved by <see cref="ResolveFolder"/>).</summary>
    public static PromptLibrary Load(string? folder, IEnumerable<PromptContract> contracts)
    {
        var root = ResolveFolder(folder);
        var templates = new Dictionary<string, PromptTemplate>(StringComparer.Ordinal);
        foreach (var contract in contracts)
        {
            var path = Path.Combine(root, contract.FileName);
            if (!File.Exists(path)) throw new PromptLoadException(path, "the file does not exist.");

            var template = PromptTemplateParser.Parse(path, File.ReadAllBytes(path));
            foreach (var variable in template.InputVariables)
            {
                // A required variable with a default is satisfiable without the code supplying it.
                if (variable.IsRequired && variable.Default is null && !contract.SuppliedVariables.Contains(variable.Name))
                    throw new PromptLoadException(path, $"required variable '{variable.Name}' is not supplied by the code (it supplies: {string.Join(", ", contract.SuppliedVariables.Order())}).");
            }
            templates[contract.Name] = template;
        }
        return new PromptLibrary(root, templates);
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
}
