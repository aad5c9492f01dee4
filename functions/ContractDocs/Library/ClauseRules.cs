using ContractDocs.Templating;

namespace ContractDocs.Library;

/// <summary>Linter rules for each clause version: targets that exist, variables declared and used, safe tags, and
/// Markdown that renders as written (<see cref="ClauseMarkdownRules"/>).</summary>
internal static class ClauseRules
{
    public static void Check(ClauseLibrary library, List<LibraryProblem> problems)
    {
        var model = library.Model;
        var clauseIds = library.Versions.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        var definedTerms = library.Versions.SelectMany(v => v.Defines).Select(d => d.Term).ToHashSet(StringComparer.Ordinal);
        var modelVariables = model.Variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        var firstTypes = new Dictionary<string, (VariableType Type, string Where)>(StringComparer.Ordinal);
        foreach (var variable in model.Variables)
        {
            firstTypes.TryAdd(variable.Name, (variable.Type, "model.yaml"));
        }

        // Every variable some text prints: a declaration that only tightens one another text prints is not unused.
        var printed = library.Versions.SelectMany(v => TemplateAnalysis.Of(v.Body).Variables.Select(u => u.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var clause in library.Versions)
        {
            void Add(int line, string code, string message) => problems.Add(new LibraryProblem(clause.Path, line, code, message));

            foreach (var unknown in clause.Models.Where(m => model.FindModel(m) is null))
            {
                Add(clause.LineOf("models"), "unknown-model", $"Unknown contract model '{unknown}'.");
            }

            if (clause.Models.IsEmpty)
            {
                Add(clause.LineOf("models"), "no-models", "A clause must name the contract models it applies to.");
            }

            foreach (var id in clause.Implements)
            {
                if (model.FindSpecification(id) is not { } specification)
                {
                    Add(clause.LineOf("implements"), "unknown-specification", $"Implements unknown specification '{id}'.");
                    continue;
                }

                foreach (var extra in clause.Models.Where(m => !specification.AppliesTo(m)))
                {
                    Add(clause.LineOf("models"), "model-outside-specification", $"Applies to '{extra}', which specification {id} does not.");
                }
            }

            if (clause.Kind == ClauseKind.Schedule && !clause.Implements.IsEmpty)
            {
                Add(clause.LineOf("implements"), "schedule-implements", "A schedule is brought in by the clauses that cite it ({{ref}}) or require it, or by core: true; it does not implement specifications.");
            }
            else if (clause.Core && !clause.Implements.IsEmpty)
            {
                Add(clause.LineOf("core"), "core-implements", "A core clause is in every contract; it must not also implement specifications.");
            }

            if (!clause.Core && clause.Implements.IsEmpty && clause.Kind == ClauseKind.Clause)
            {
                Add(clause.LineOf("implements"), "implements-nothing", "A clause that is not core must implement at least one specification.");
            }

            foreach (var requirement in clause.Requires)
            {
                foreach (var target in requirement.Targets)
                {
                    var exists = requirement.Kind == RequirementKind.Clause ? clauseIds.Contains(target) : model.FindSpecification(target) is not null;
                    if (!exists)
                    {
                        Add(requirement.Line, "unknown-requires-target", $"Requires '{target}', which is neither a clause nor a specification of this library.");
                    }
                }
            }

            foreach (var target in clause.Excludes)
            {
                var exists = Ids.IsSpecificationId(target) ? model.FindSpecification(target) is not null : clauseIds.Contains(target);
                if (!exists)
                {
                    Add(clause.LineOf("excludes"), "unknown-excludes-target", $"Excludes '{target}', which is neither a clause nor a specification of this library.");
                }
            }

            if (clause.Supersedes is { } superseded && (superseded >= clause.Version || library.Find(clause.Id, superseded) is null))
            {
                Add(clause.LineOf("supersedes"), "invalid-supersedes", $"Supersedes {superseded}, which is not an earlier version of '{clause.Id}' in the library.");
            }

            CheckBody(clause, modelVariables, clauseIds, definedTerms, printed, Add);

            foreach (var variable in clause.Variables)
            {
                if (!firstTypes.TryAdd(variable.Name, (variable.Type, clause.Path)) && firstTypes[variable.Name].Type != variable.Type)
                {
                    var first = firstTypes[variable.Name];
                    Add(clause.LineOf("variables"), "variable-type-conflict",
                        $"Variable '{variable.Name}' is {VariableTypes.Name(variable.Type)} here but {VariableTypes.Name(first.Type)} in {first.Where}.");
                }
            }
        }
    }

    private static void CheckBody(
        ClauseVersion clause,
        Dictionary<string, VariableDefinition> modelVariables,
        HashSet<string> clauseIds,
        HashSet<string> definedTerms,
        HashSet<string> printed,
        Action<int, string, string> add)
    {
        var analysis = TemplateAnalysis.Of(clause.Body);
        var offset = clause.BodyLine - 1;
        foreach (var problem in analysis.Problems)
        {
            add(problem.Line + offset, problem.Code, problem.Message);
        }

        ClauseMarkdownRules.Check(clause.Body, (line, code, message) => add(line + offset, code, message));

        var declared = clause.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, line, _) in analysis.Variables.DistinctBy(v => v.Name))
        {
            if (!declared.Contains(name) && !modelVariables.ContainsKey(name) && !ComputedValues.Names.Contains(name))
            {
                add(line + offset, "undeclared-variable", $"'{name}' is used but not declared under 'variables'.");
            }
        }

        foreach (var variable in clause.Variables.Where(v => !v.Required && !(modelVariables.GetValueOrDefault(v.Name)?.Required ?? false)))
        {
            foreach (var (_, line, _) in analysis.Variables.Where(u => u.Name == variable.Name && !u.Guarded).Take(1))
            {
                add(line + offset, "unguarded-optional-variable",
                    $"'{variable.Name}' is optional, so print it only inside {{{{#if {variable.Name}}}}}…{{{{/if}}}}; otherwise a contract could show a blank.");
            }
        }

        var used = analysis.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        // A declaration that sets role rules, or makes required a value another text prints (a schedule's table),
        // exists to constrain it, whether or not this body prints it.
        foreach (var variable in clause.Variables.Where(v => !used.Contains(v.Name) && v.Roles.IsEmpty && !(v.Required && printed.Contains(v.Name))))
        {
            add(clause.LineOf("variables"), "unused-variable", $"'{variable.Name}' is declared but the body never uses it.");
        }

        foreach (var (target, line) in analysis.References.Where(r => !clauseIds.Contains(TemplateAnalysis.TargetOf(r.ClauseId))))
        {
            add(line + offset, "unknown-reference", $"{{{{ref \"{target}\"}}}} names no clause or schedule of this library.");
        }

        foreach (var definition in clause.Defines)
        {
            var cited = TemplateAnalysis.Of(definition.Definition);
            foreach (var problem in cited.Problems)
            {
                add(clause.LineOf("defines"), problem.Code, $"The definition of \"{definition.Term}\": {problem.Message}");
            }

            foreach (var (target, _) in cited.References.Where(r => !clauseIds.Contains(TemplateAnalysis.TargetOf(r.ClauseId))))
            {
                add(clause.LineOf("defines"), "unknown-reference", $"The definition of \"{definition.Term}\" cites {{{{ref '{target}'}}}}, which names no clause or schedule of this library.");
            }

            foreach (var (name, _, _) in cited.Variables)
            {
                add(clause.LineOf("defines"), "value-in-definition", $"The definition of \"{definition.Term}\" prints the value '{name}'; a definition is the same in every contract, so it may cite clauses but not print values.");
            }
        }

        foreach (var group in analysis.Anchors.GroupBy(a => a.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            add(group.Skip(1).First().Line + offset, "duplicate-anchor", $"{{{{anchor \"{group.Key}\"}}}} is set {group.Count()} times; each anchor names one paragraph.");
        }

        foreach (var (name, line) in analysis.Anchors.Where(a => !Ids.IsClauseId(a.Name)))
        {
            add(line + offset, "invalid-anchor", $"Anchor '{name}' must be kebab-case letters and digits, e.g. invoicing.");
        }

        foreach (var (term, line) in analysis.Terms.Where(t => !definedTerms.Contains(t.Term)))
        {
            add(line + offset, "undefined-term", $"{{{{term \"{term}\"}}}} is not defined by any clause ('defines:').");
        }
    }
}
