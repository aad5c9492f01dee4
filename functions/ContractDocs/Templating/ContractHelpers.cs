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
        handlebars.RegisterHelper(HelperNames.Number, (writer, _, args) => writer.Write(Formats.Number(Number(args, HelperNames.Number))));
        handlebars.RegisterHelper(HelperNames.Anchor, (writer, _, args) =>
            writer.WriteSafeString($"{Markers.AnchorStart}{Literal(args, HelperNames.Anchor)}{Markers.AnchorEnd}"));

        // Value helpers: a number for another helper to print, e.g. {{money (percentOf annualBudget riskCap)}}.
        handlebars.RegisterHelper(HelperNames.PercentOf, (_, args) => Compute(HelperNames.PercentOf, () => Pair(args, HelperNames.PercentOf) is var (amount, percent) ? amount * percent / 100m : 0m));
        handlebars.RegisterHelper(HelperNames.Add, (_, args) => Compute(HelperNames.Add, () => Pair(args, HelperNames.Add) is var (a, b) ? a + b : 0m));
        handlebars.RegisterHelper(HelperNames.Subtract, (_, args) => Compute(HelperNames.Subtract, () => Pair(args, HelperNames.Subtract) is var (a, b) ? a - b : 0m));
        handlebars.RegisterHelper(HelperNames.Times, (_, args) => Compute(HelperNames.Times, () => Pair(args, HelperNames.Times) is var (a, b) ? a * b : 0m));
        handlebars.RegisterHelper(HelperNames.Min, (_, args) => Compute(HelperNames.Min, () => Pair(args, HelperNames.Min) is var (a, b) ? Math.Min(a, b) : 0m));
        handlebars.RegisterHelper(HelperNames.Uplift, (_, args) => Compute(HelperNames.Uplift, () => Uplift(args)));
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

    /// <summary>A value helper's result; a number too large for a decimal is the value's problem, not a crash.</summary>
    private static decimal Compute(string helper, Func<decimal> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException e)
        {
            throw new TemplateValueException($"({helper} …) gives a number too large to print; check the amounts and percentages.", e);
        }
    }

    /// <summary>The amount after <c>years</c> yearly uplifts of <c>percent</c>, compounded, to the penny.</summary>
    private static decimal Uplift(Arguments args)
    {
        if (args.Length != 3)
        {
            throw new TemplateValueException("(uplift amount percent years) takes an amount, a yearly percentage and a number of years.");
        }

        var amount = Value(args[0], HelperNames.Uplift);
        var percent = Value(args[1], HelperNames.Uplift);
        var years = Value(args[2], HelperNames.Uplift);
        if (years is < 0 or > 100 || decimal.Truncate(years) != years)
        {
            throw new TemplateValueException($"(uplift …) needs a whole number of years from 0 to 100, not {years}.");
        }

        for (var i = 0; i < years; i++)
        {
            amount = decimal.Round(amount * (100m + percent) / 100m, 2, MidpointRounding.AwayFromZero);
        }

        return amount;
    }

    private static (decimal A, decimal B) Pair(Arguments args, string helper) =>
        args.Length == 2
            ? (Value(args[0], helper), Value(args[1], helper))
            : throw new TemplateValueException($"({helper} a b) takes two numbers.");

    private static decimal Value(object? value, string helper) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double f => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        null or UndefinedBindingResult => throw new TemplateValueException($"({helper} …) needs a number, and one is missing."),
        var other => throw new TemplateValueException($"({helper} …) needs a number, not '{other}'."),
    };

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
