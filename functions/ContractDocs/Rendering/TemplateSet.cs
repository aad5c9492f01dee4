using System.Collections.Frozen;
using ContractDocs.Templating;

namespace ContractDocs.Rendering;

/// <summary>The Word templates of a templates folder, one per contract model (<c>&lt;model-id&gt;.docx</c>), each read
/// and prepared once, when a contract of its model is first rendered: a process that renders one model never reads or
/// compiles the others. Immutable and thread-safe.</summary>
public sealed class TemplateSet
{
    private readonly FrozenDictionary<string, Lazy<WordTemplate>> _templates;

    private TemplateSet(FrozenDictionary<string, Lazy<WordTemplate>> templates, string folder)
    {
        _templates = templates;
        Folder = folder;
    }

    public string Folder { get; }

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static TemplateSet Load(string folder, ContractTemplating templating)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No templates folder at '{folder}'.");
        }

        var templates = Directory.EnumerateFiles(folder, "*.docx")
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => new Lazy<WordTemplate>(() => WordTemplate.Load(f, templating), LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal);
        return new TemplateSet(templates.ToFrozenDictionary(StringComparer.Ordinal), folder);
    }

    /// <summary>The template for a contract model, read and prepared on first use.</summary>
    /// <exception cref="KeyNotFoundException">The folder has no template for the model.</exception>
    /// <exception cref="InvalidDataException">The model's file is not a Word document, or lacks a placeholder.</exception>
    public WordTemplate For(string modelId) =>
        (_templates.GetValueOrDefault(modelId)
        ?? throw new KeyNotFoundException($"There is no template '{modelId}.docx' in {Folder}.")).Value;

    /// <summary>The repository's templates folder, found beside the clause library.</summary>
    public static string? FindFolder(string? libraryFolder)
    {
        var candidate = libraryFolder is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(libraryFolder))!, "templates");
        return candidate is not null && Directory.Exists(candidate) ? candidate : null;
    }
}
