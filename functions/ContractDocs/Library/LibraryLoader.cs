using System.Collections.Immutable;
using ContractDocs.Model;

namespace ContractDocs.Library;

/// <summary>Loads a clause library folder. Never throws for bad content: every problem is reported.</summary>
public static class LibraryLoader
{
    /// <summary>The most clause files a library may hold; a guard against pointing the loader at the wrong tree.</summary>
    public const int MaxFiles = 20_000;

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LibraryLoadResult Load(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        root = System.IO.Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No clause library at '{root}'.");
        }

        var problems = new List<LibraryProblem>();
        StartupTrace.Mark("library: start");
        var (model, defaultLayout) = LoadModel(root, problems);
        StartupTrace.Mark("library: model.yaml");
        var versions = LoadTexts(root, "clauses", ClauseKind.Clause, problems).AddRange(LoadTexts(root, "schedules", ClauseKind.Schedule, problems));
        StartupTrace.Mark("library: clause and schedule files (YAML, Markdown scan, SHA-256)");
        var releases = LoadReleases(root, problems);
        var layouts = LoadLayouts(root, problems);
        StartupTrace.Mark("library: releases and layouts");
        var library = new ClauseLibrary(root, model, versions, releases, layouts, defaultLayout) { Redline = RedlineWording.Load(root, problems) };
        StartupTrace.Mark("library: indexes");
        return new LibraryLoadResult(library, [.. problems]);
    }

    private static (ContractingModel Model, LayoutDefinition? DefaultLayout) LoadModel(string root, List<LibraryProblem> problems)
    {
        var path = System.IO.Path.Combine(root, "model.yaml");
        if (!File.Exists(path))
        {
            problems.Add(new LibraryProblem("model.yaml", 0, "missing-model", "The library has no model.yaml."));
            return (new ContractingModel([], [], []), null);
        }

        return ModelParser.Parse(new YamlReader("model.yaml", problems), File.ReadAllText(path));
    }

    private static ImmutableArray<ClauseVersion> LoadTexts(string root, string folderName, ClauseKind kind, List<LibraryProblem> problems)
    {
        var folder = System.IO.Path.Combine(root, folderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ClauseVersion>();
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Take(MaxFiles + 1)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files.Take(MaxFiles))
        {
            var relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
            var parts = relative.Split('/');
            if (parts.Length != 3 || !file.EndsWith(".md", StringComparison.Ordinal))
            {
                problems.Add(new LibraryProblem(relative, 0, "misplaced-file", $"Files under {folderName}/ live at {folderName}/<id>/<version>.md."));
                continue;
            }

            var clause = ClauseParser.Parse(relative, File.ReadAllBytes(file), problems, kind);
            if (clause is null)
            {
                continue;
            }

            if (clause.Id != parts[1])
            {
                problems.Add(new LibraryProblem(relative, 2, "id-mismatch", $"The id '{clause.Id}' must equal its folder name '{parts[1]}'."));
            }

            if (clause.Version.ToString() + ".md" != parts[2])
            {
                problems.Add(new LibraryProblem(relative, 3, "version-mismatch", $"Version {clause.Version} must equal the file name '{parts[2]}'."));
            }

            result.Add(clause);
        }

        if (files.Count > MaxFiles)
        {
            problems.Add(new LibraryProblem(folderName, 0, "too-many-files", $"More than {MaxFiles} files under {folderName}/."));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<LayoutDefinition> LoadLayouts(string root, List<LibraryProblem> problems)
    {
        var folder = System.IO.Path.Combine(root, "layouts");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<LayoutDefinition>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Take(MaxFiles).Order(StringComparer.Ordinal))
        {
            var relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
            var parts = relative.Split('/');
            if (parts.Length != 3 || !file.EndsWith(".yaml", StringComparison.Ordinal))
            {
                problems.Add(new LibraryProblem(relative, 0, "misplaced-file", "Layout files live at layouts/<model-id>/<version>.yaml."));
                continue;
            }

            if (LayoutParser.Parse(new YamlReader(relative, problems), File.ReadAllText(file), parts[1], parts[2][..^".yaml".Length]) is { } layout)
            {
                result.Add(layout);
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<LibraryRelease> LoadReleases(string root, List<LibraryProblem> problems)
    {
        var folder = System.IO.Path.Combine(root, "releases");
        if (!Directory.Exists(folder))
        {
            problems.Add(new LibraryProblem("releases", 0, "no-releases", "The library has no releases/ folder."));
            return [];
        }

        var result = ImmutableArray.CreateBuilder<LibraryRelease>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var relative = "releases/" + System.IO.Path.GetFileName(file);
            var release = ReleaseParser.Parse(
                new YamlReader(relative, problems), File.ReadAllText(file), System.IO.Path.GetFileNameWithoutExtension(file));
            if (release is not null)
            {
                result.Add(release);
            }
        }

        return result.ToImmutable();
    }
}
