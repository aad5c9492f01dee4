using System.Collections.Frozen;
using ContractDocs.Templating;

namespace ContractDocs.Rendering;

/// <summary>The Word templates of a templates folder, one per contract model (<c>&lt;model-id&gt;.docx</c>), loaded
/// and prepared once. Immutable and thread-safe.</summary>
public sealed class TemplateSet
{
    private readonly FrozenDictionary<string, WordTemplate> _templates;

    private TemplateSet(FrozenDictionary<string, WordTemplate> templates, string folder)
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
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => WordTemplate.Load(f, templating), StringComparer.Ordinal);
        return new TemplateSet(templates.ToFrozenDictionary(StringComparer.Ordinal), folder);
    }

    /// <summary>The template for a contract model.</summary>
    /// <exception cref="KeyNotFoundException">The folder has no template for the model.</exception>
    public WordTemplate For(string modelId) =>
        _templates.GetValueOrDefault(modelId)
        ?? throw new KeyNotFoundException($"There is no template '{modelId}.docx' in {Folder}.");

    /// <summary>The repository's templates folder, found beside the clause library.</summary>
    public static string? FindFolder(string? libraryFolder)
    {
        var candidate = libraryFolder is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(libraryFolder))!, "templates");
        return candidate is not null && Directory.Exists(candidate) ? candidate : null;
    }
}
