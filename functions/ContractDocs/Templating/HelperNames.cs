using System.Collections.Frozen;

namespace ContractDocs.Templating;

/// <summary>The helpers a clause or template may use: the one list the linter and the environment share.</summary>
public static class HelperNames
{
    public const string Money = "money";
    public const string Date = "date";
    public const string Percent = "percent";
    public const string Ordinal = "ordinal";
    public const string List = "list";
    public const string Ref = "ref";
    public const string Term = "term";
    public const string Eq = "eq";
    public const string Anchor = "anchor";
    public const string Number = "number";
    public const string PercentOf = "percentOf";
    public const string Uplift = "uplift";
    public const string Add = "add";
    public const string Subtract = "subtract";
    public const string Times = "times";
    public const string Min = "min";

    /// <summary>Inline helpers: <c>{{name args}}</c>.</summary>
    public static FrozenSet<string> Inline { get; } =
        new[] { Money, Date, Percent, Ordinal, List, Number, Ref, Term, Anchor }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Helpers that compute a number, used only inside a subexpression whose result another helper prints:
    /// <c>{{money (percentOf annualBudget riskCap)}}</c>.</summary>
    public static FrozenSet<string> Values { get; } =
        new[] { PercentOf, Uplift, Add, Subtract, Times, Min }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Block helpers: <c>{{#name args}}…{{/name}}</c>. <c>with</c> and <c>lookup</c> are deliberately absent.</summary>
    public static FrozenSet<string> Blocks { get; } =
        new[] { "if", "unless", "each", Eq }.ToFrozenSet(StringComparer.Ordinal);
}
