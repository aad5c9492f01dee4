using ContractDocs.Model;

namespace ContractDocs.Library;

/// <summary>Linter rules for model.yaml <c>labels</c>: once the library labels its values, every variable that
/// model.yaml or any clause or schedule version declares has a label, every option of a choice has one, every field
/// of a row has one, and no label names a variable nobody declares. The form shows no value by its name.</summary>
internal static class LabelRules
{
    private const string File = "model.yaml";

    public static void Check(ClauseLibrary library, List<LibraryProblem> problems)
    {
        var model = library.Model;
        var labels = model.Labels;
        if (ReferenceEquals(labels, FieldLabels.None))
        {
            return;
        }

        var line = model.LineOf("labels");
        var declared = model.Variables.Select(v => (Variable: v, File, Line: 0))
            .Concat(library.Versions.SelectMany(c => c.Variables.Select(v => (Variable: v, File: c.Path, Line: c.KeyLines.GetValueOrDefault("variables")))))
            .ToList();
        foreach (var group in declared.GroupBy(d => d.Variable.Name, StringComparer.Ordinal))
        {
            var (variable, file, at) = group.First();
            if (labels.FindVariable(group.Key) is not { } label)
            {
                problems.Add(new LibraryProblem(file, at, "missing-label",
                    $"Variable '{group.Key}' has no label: add it under labels.variables in model.yaml, as the form and its messages should call it."));
                continue;
            }

            var options = group.SelectMany(d => d.Variable.Options).Distinct(StringComparer.Ordinal).Where(o => !label.Options.ContainsKey(o)).ToList();
            if (options.Count > 0)
            {
                problems.Add(new LibraryProblem(File, model.LineOf($"labels.variables:{group.Key}"), "missing-label",
                    $"Choice '{group.Key}' has no label for {string.Join(", ", options.Select(o => $"'{o}'"))}: add each under its 'labels' in model.yaml."));
            }
        }

        foreach (var field in declared.SelectMany(d => VariableTypes.RecordFields(d.Variable.Type)).Distinct(StringComparer.Ordinal).Where(f => labels.FindField(f) is null))
        {
            problems.Add(new LibraryProblem(File, line, "missing-label", $"Row field '{field}' has no label: add it under labels.fields in model.yaml."));
        }

        var names = declared.Select(d => d.Variable.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var unused in labels.Variables.Where(l => !names.Contains(l.Name)))
        {
            problems.Add(new LibraryProblem(File, model.LineOf($"labels.variables:{unused.Name}"), "unknown-label",
                $"labels.variables names '{unused.Name}', which no clause, schedule or model.yaml declares. Remove it or correct the name."));
        }
    }
}
