using System.Text.RegularExpressions;
using ContractDocs.Library;
using ContractDocs.Model;
using ContractDocs.Selection;

namespace ContractDocs.Functions.Pages;

/// <summary>A problem with the choices (a conflict, an unmet requirement, a topic no choice covers) as a commissioner
/// reads it: clause, specification, criterion and model titles, never their ids. The API keeps the engine's message,
/// which names both (problem details also carry the ids on their own).</summary>
public static partial class ChoiceWords
{
    public static string Message(SelectionProblem problem, ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(library);
        var model = library.Model;
        var text = problem.Message;
        // "(F1.capitated-budget)", "(O1)" after a title in quotes: the title already says it.
        text = IdAfterTitle().Replace(text, string.Empty);
        // "'Title' (clause-id, from your choice …)": the clause's id goes, the reason stays.
        text = ClauseIdInReason().Replace(text, m => library.Versions.Any(v => v.Id == m.Groups["id"].Value) ? "(" : m.Value);
        // Any id left: a specification, criterion or clause by its title, a model by its title.
        text = SpecificationId().Replace(text, m => model.FindSpecification(m.Value) is { } s ? $"'{s.Title}'" : m.Value);
        text = QuotedId().Replace(text, m => library.Versions.FirstOrDefault(v => v.Id == m.Groups["id"].Value) is { } clause ? $"'{clause.Title}'" : m.Value);
        text = CriterionId().Replace(text, m => model.FindCriterion(m.Groups["id"].Value) is { } c ? $"the criterion '{c.Title}'" : m.Value);
        foreach (var contractModel in model.Models)
        {
            text = text.Replace($"the {contractModel.Id} model", $"the {contractModel.Title.ToLowerInvariant()} model", StringComparison.Ordinal);
        }

        return text.Replace("  ", " ", StringComparison.Ordinal).Replace("''", "'", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<=')\s\((?:[A-Z][0-9]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?)\)", RegexOptions.CultureInvariant)]
    private static partial Regex IdAfterTitle();

    [GeneratedRegex(@"\((?<id>[a-z0-9]+(?:-[a-z0-9]+)*), ", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseIdInReason();

    [GeneratedRegex(@"\b[A-Z][0-9]+\.[a-z0-9]+(?:-[a-z0-9]+)*\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpecificationId();

    [GeneratedRegex(@"'(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedId();

    [GeneratedRegex(@"\b[Cc]riterion (?<id>[A-Z][0-9]+)\b(?: \([^)]*\))?", RegexOptions.CultureInvariant)]
    private static partial Regex CriterionId();
}
