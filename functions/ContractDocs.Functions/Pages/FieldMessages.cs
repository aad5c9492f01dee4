using System.Globalization;
using System.Text.RegularExpressions;
using ContractDocs.Model;
using ContractDocs.Selection;

namespace ContractDocs.Functions.Pages;

/// <summary>A problem with a value, in the GOV.UK and NHS.UK error-message style: short, in the words of the field's
/// label, saying what to do ("Enter the contract reference", "Term must be a whole number of years"), never the
/// variable's name or its whole hint. The same message goes at the field and in the error summary.</summary>
public static partial class FieldMessages
{
    public static (string Field, string Message) For(SelectionProblem problem, IReadOnlyList<VariableDefinition> variables, ContractingModel model, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(form);
        var field = FormValues.FieldId(problem.Path);
        var match = ValuePath().Match(problem.Path ?? string.Empty);
        if (!match.Success || variables.FirstOrDefault(v => v.Name == match.Groups["name"].Value) is not { } variable)
        {
            return (field, Words(problem.Message, model));
        }

        var words = model.Labels.Variable(variable.Name);
        if (match.Groups["row"].Success && match.Groups["field"].Success)
        {
            var row = int.Parse(match.Groups["row"].ValueSpan, CultureInfo.InvariantCulture);
            var part = match.Groups["field"].Value;
            var noun = model.Labels.Field(part).Noun;
            var what = $"{(noun.StartsWith("the ", StringComparison.Ordinal) ? noun[4..] : noun)} of {VariableFields.RowName(variable.Type).ToLowerInvariant()} {row + 1}";
            var typed = form[$"v.{variable.Name}[{row}].{part}"];
            if (typed.All(string.IsNullOrWhiteSpace))
            {
                return (field, part switch
                {
                    "kind" or "party" => $"Select the {what}",
                    "roles" => $"Select the roles of {VariableFields.RowName(variable.Type).ToLowerInvariant()} {row + 1}",
                    _ => $"Enter the {what}",
                });
            }

            return (field, part switch
            {
                "weight" or "percentage" => $"The {what} must be a percentage from 0 to 100, like 12.5",
                "amount" => $"The {what} must be an amount in pounds, like £1,500,000",
                "year" => $"The {what} must be a whole number from 1",
                _ => Sentence(Words(problem.Message, model)),
            });
        }

        if (problem.Code == ProblemCodes.MissingVariable)
        {
            return (field, variable.Type switch
            {
                VariableType.Choice => $"Select {words.Noun}",
                _ when words.Party && VariableFields.Parties(form).Count > 0 => $"Select {words.Noun}",
                var t when VariableTypes.RecordFields(t).Count > 0 && t != VariableType.Party => $"Add {words.Noun}",
                _ => $"Enter {words.Noun}",
            });
        }

        if (match.Groups["row"].Success || problem.Code != ProblemCodes.InvalidVariable)
        {
            return (field, Sentence(Words(problem.Message, model)));
        }

        var value = form[$"v.{variable.Name}"].ToString().Trim();
        return (field, variable.Type switch
        {
            VariableType.Integer when !long.TryParse(value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) =>
                $"{words.Label} must be a whole number{(words.Unit is null ? string.Empty : " of " + words.Unit)}",
            VariableType.Integer or VariableType.Money or VariableType.Percentage when (variable.Min, variable.Max) is ({ } min, { } max) && Number(value) is { } n && (n < min || n > max) =>
                $"{words.Label} must be from {Show(min, variable.Type, words.Unit)} to {Show(max, variable.Type, words.Unit)}",
            VariableType.Integer or VariableType.Money or VariableType.Percentage when variable.Min is { } min && Number(value) < min =>
                $"{words.Label} must be {Show(min, variable.Type, words.Unit)} or more",
            VariableType.Integer or VariableType.Money or VariableType.Percentage when variable.Max is { } max && Number(value) > max =>
                $"{words.Label} must be {Show(max, variable.Type, words.Unit)} or less",
            VariableType.Money => $"{words.Label} must be an amount in pounds, like £38,000,000",
            VariableType.Percentage => $"{words.Label} must be a percentage from 0 to 100, like 12.5",
            VariableType.Date => $"{words.Label} must be a real date, like 1 4 2027",
            VariableType.Choice => $"Select {words.Noun}",
            VariableType.Text when value.Length == 0 => $"Enter {words.Noun}",
            _ => Sentence(Words(problem.Message, model)),
        });
    }

    /// <summary>An engine message with the machine's words replaced by the library's: a variable name in quotes by its
    /// label, a party kind or role id by its title.</summary>
    public static string Words(string message, ContractingModel model)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(model);
        var text = Quoted().Replace(message, m => model.Labels.FindVariable(m.Groups[1].Value) is { } label ? label.Label : m.Value);
        foreach (var kind in model.PartyKinds)
        {
            text = Regex.Replace(text, $@"\b{Regex.Escape(kind.Id)}\b", kind.Title.ToLowerInvariant());
        }

        foreach (var role in model.PartyRoles)
        {
            text = Regex.Replace(text, $@"\brole {Regex.Escape(role.Id)}\b", "role " + role.Title);
        }

        return text;
    }

    /// <summary>The message as one short sentence without its closing full stop, as the summary lists it.</summary>
    private static string Sentence(string text) => text.TrimEnd('.', ' ');

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("£", string.Empty, StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Show(decimal value, VariableType type, string? unit) => type switch
    {
        VariableType.Money => Answers.Money(value),
        VariableType.Percentage => value.ToString("0.##", CultureInfo.InvariantCulture) + "%",
        _ => value.ToString("0", CultureInfo.InvariantCulture) + (unit is null ? string.Empty : " " + unit),
    };

    [GeneratedRegex(@"^\$\.variables\.(?<name>[A-Za-z][A-Za-z0-9]*)(?:\[(?<row>[0-9]+)\](?:\.(?<field>[a-z]+))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePath();

    [GeneratedRegex(@"'([A-Za-z][A-Za-z0-9]*)'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
