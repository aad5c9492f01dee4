using System.Text.RegularExpressions;

namespace ContractDocs.Selection;

/// <summary>Builds JSON paths such as <c>$.variables.parties[2].name</c> for problem details.</summary>
public static partial class JsonPath
{
    public static string Child(string parent, string name) =>
        SimpleName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex SimpleName();
}
