using ContractDocs.Model;

namespace ContractDocs.Library;

/// <summary>Linter rules for model.yaml: unique ids, models that exist, defaults that are specifications.</summary>
internal static class ModelRules
{
    private const string File = "model.yaml";

    public static void Check(ContractingModel model, List<LibraryProblem> problems)
    {
        var modelIds = model.Models.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        Duplicates(model, model.Models.Select(m => m.Id), "model", problems);
        Duplicates(model, model.Elements.Select(e => e.Id), "element", problems);
        Duplicates(model, model.Criteria.Select(c => c.Id), "criterion", problems);
        Duplicates(model, model.Specifications.Select(s => s.Id), "specification", problems);
        Duplicates(model, model.Variables.Select(v => v.Name), "contract-level variable", problems);
        Trace(model, problems);

        foreach (var criterion in model.Criteria)
        {
            foreach (var unknown in criterion.Models.Where(m => !modelIds.Contains(m)))
            {
                problems.Add(new LibraryProblem(File, model.LineOf(criterion.Id), "unknown-model", $"Criterion {criterion.Id} names unknown contract model '{unknown}'."));
            }

            foreach (var specification in criterion.Specifications)
            {
                foreach (var extra in specification.Models.Where(m => !criterion.AppliesTo(m)))
                {
                    problems.Add(new LibraryProblem(File, model.LineOf(specification.Id), "model-outside-criterion",
                        $"Specification {specification.Id} applies to '{extra}', which its criterion {criterion.Id} does not."));
                }

                if (specification.Models.IsEmpty)
                {
                    problems.Add(new LibraryProblem(File, model.LineOf(specification.Id), "no-models", $"Specification {specification.Id} applies to no contract model."));
                }
            }

            foreach (var missing in criterion.Defaults.Where(d => criterion.Specifications.All(s => s.Id != d)))
            {
                problems.Add(new LibraryProblem(File, model.LineOf(criterion.Id), "unknown-default",
                    $"Criterion {criterion.Id} defaults to '{missing}', which is not one of its specifications."));
            }
        }
    }

    private static void Duplicates(ContractingModel model, IEnumerable<string> ids, string what, List<LibraryProblem> problems)
    {
        foreach (var group in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new LibraryProblem(File, model.LineOf(group.Key), "duplicate-id", $"The {what} id '{group.Key}' is used {group.Count()} times."));
        }
    }

    /// <summary>A library that names its sources (model.yaml <c>sources:</c>) says for every element, criterion and
    /// specification where it comes from, with an origin that <c>sources.origins</c> names, so the form can show a
    /// commissioner why a choice is offered.</summary>
    private static void Trace(ContractingModel model, List<LibraryProblem> problems)
    {
        if (ReferenceEquals(model.Sources, ModelSources.None))
        {
            return;
        }

        if (model.Sources.Works.IsEmpty || model.Sources.Origins.IsEmpty)
        {
            problems.Add(new LibraryProblem(File, Math.Max(1, model.LineOf("sources")), "missing-basis", "'sources' needs the works the contracting model rests on ('works') and the words for each origin ('origins'), so each choice can say where it comes from."));
        }

        var origins = model.Sources.Origins.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var entries = model.Elements.Select(e => (Kind: "Element", e.Id, e.Basis))
            .Concat(model.Criteria.Select(c => (Kind: "Criterion", c.Id, c.Basis)))
            .Concat(model.Specifications.Select(s => (Kind: "Specification", s.Id, s.Basis)));
        foreach (var (kind, id, basis) in entries)
        {
            if (basis is null || string.IsNullOrWhiteSpace(basis.Text))
            {
                problems.Add(new LibraryProblem(File, model.LineOf(id), "missing-basis", $"{kind} {id} does not say where it comes from. Give it 'basis: {{ origin, text }}': adapted from which part of the published model, or added from which law or guidance, and why."));
            }
            else if (!origins.Contains(basis.Origin))
            {
                problems.Add(new LibraryProblem(File, model.LineOf("basis:" + id), "unknown-origin", $"{kind} {id} gives the origin '{basis.Origin}'; sources.origins has {string.Join(", ", origins.Order(StringComparer.Ordinal))}."));
            }
        }
    }
}
