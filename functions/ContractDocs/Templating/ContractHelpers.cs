using System.Collections;
using System.Globalization;
using HandlebarsDotNet;

namespace ContractDocs.Templating;

/// <summary>The helpers of <see cref="HelperNames"/>. Each writes through the environment's encoder; only the
/// marker characters of <c>ref</c> and <c>term</c> are written unescaped. A null or wrongly typed argument throws
/// <see cref="TemplateValueException"/> so nothing blank reaches a contract.</summary>
internal static class ContractHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper(HelperNames.Money, (writer, _, args) => writer.Write(Formats.Money(Number(args, HelperNames.Money))));
        handlebars.RegisterHelper(HelperNames.Percent, (writer, _, args) => writer.Write(Formats.Percent(Number(args, HelperNames.Percent))));
        handlebars.RegisterHelper(HelperNames.Ordinal, (writer, _, args) => writer.Write(Formats.Ordinal((int)Number(args, HelperNames.Ordinal))));
        handlebars.RegisterHelper(HelperNames.Date, (writer, _, args) => writer.Write(Formats.Date(Date(args))));
        handlebars.RegisterHelper(HelperNames.List, (writer, _, args) => writer.Write(Formats.List(Strings(args))));
        handlebars.RegisterHelper(HelperNames.Ref, (writer, _, args) =>
            writer.WriteSafeString($"{Markers.RefStart}{Literal(args, HelperNames.Ref)}{Markers.RefEnd}"));
        // The term is a literal of the clause (library text, trusted like the rest of the body), not a value.
        handlebars.RegisterHelper(HelperNames.Term, (writer, _, args) =>
            writer.WriteSafeString($"{Markers.TermStart}{Literal(args, HelperNames.Term)}{Markers.TermEnd}"));
        handlebars.RegisterHelper(HelperNames.Eq, (writer, options, context, args) =>
        {
            if (args.Length != 2)
            {
                throw new TemplateValueException("{{#eq}} takes a value and a literal to compare it with.");
            }

            if (string.Equals(Text(args[0]), Text(args[1]), StringComparison.Ordinal))
            {
                options.Template(writer, context);
            }
            else
            {
                options.Inverse(writer, context);
            }
        });
    }

    private static object Single(Arguments args, string helper)
    {
        if (args.Length != 1 || args[0] is null || args[0] is UndefinedBindingResult)
        {
            throw new TemplateValueException($"{{{{{helper}}}}} needs one value, and the value is missing.");
        }

        return args[0]!;
    }

    private static decimal Number(Arguments args, string helper) => Single(args, helper) switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double f => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        var other => throw new TemplateValueException($"{{{{{helper}}}}} needs a number, not '{other}'."),
    };

    private static DateOnly Date(Arguments args) => Single(args, HelperNames.Date) switch
    {
        DateOnly d => d,
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        var other => throw new TemplateValueException($"{{{{date}}}} needs a date written yyyy-mm-dd, not '{other}'."),
    };

    private static List<string> Strings(Arguments args) => Single(args, HelperNames.List) switch
    {
        string s => [s],
        IEnumerable items => items.Cast<object?>().Select(Text).ToList(),
        var other => throw new TemplateValueException($"{{{{list}}}} needs a list, not '{other}'."),
    };

    private static string Literal(Arguments args, string helper) =>
        Single(args, helper) as string ?? throw new TemplateValueException($"{{{{{helper}}}}} takes one quoted text.");

    private static string Text(object? value) => value switch
    {
        null or UndefinedBindingResult => string.Empty,
        decimal d => Formats.Number(d),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
