using ContractDocs.Selection;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>The values attackers and tired users send (SECURITY.md, "Selections and values"): text that looks like
/// template code, Markdown or WordprocessingML, characters Word cannot hold, numbers at and past the edges of
/// decimal and double, and byte sequences that are not UTF-8.</summary>
internal static class HostileValues
{
    public static IReadOnlyList<string> Texts { get; } =
    [
        "",
        "   ",
        "A & B Ltd",
        "St John's \"Hospice\" <Trust>",
        "{{contractTitle}}",
        "{{{contractTitle}}} {{> partial}} {{#each parties}}x{{/each}}",
        "# Heading **bold** _em_ |a|b| [link](file:///etc/passwd) ![img](https://example.org/x.png)",
        "</w:t></w:r><w:r><w:t>injected",
        "<script>alert(1)</script> &amp; &#169; ]]>",
        "Café Ñandú – naïve façade ✓ 👵🏽",
        "مجلس مقاطعة نورثشاير \u202E reversed",
        "zero\u200Bwidth\uFEFFbom\u2028line\u0085next",
        "tab\tand\nnewline\r\nand\rreturn",
        "\\ backslash \\\\ and `code`",
        "1. not a list\n- nor this\n\n> nor a quote",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e400",
        "0x1F",
        "2027-04-01",
        "2027-02-30",
        "health-commissioner",
        "local-authority",
        "2026.1",
        "2026.2",
        "alliance",
        "F3.payment-at-risk",
        "P1.alliance-charter",
        "O1",
    ];

    /// <summary>Text holding a character XML 1.0 cannot carry; each must be refused as <c>illegal-character</c>.</summary>
    public static IReadOnlyList<string> IllegalTexts { get; } =
    [
        "nul\u0000here",
        "bell\u0007",
        "escape\u001B[31m",
        "\u0001",
        "half \uD83D emoji",
        "lone \uDC00 low",
        "ends high \uD800",
        "\uFFFE",
        "non-character \uFFFF",
    ];

    public static IReadOnlyList<string> Numbers { get; } =
    [
        "0",
        "-0",
        "1",
        "-1",
        "0.5",
        "12.345",
        "2.50",
        "100",
        "101",
        "1E2",
        "1e28",
        "1e308",
        "-1e308",
        "1e400",
        "-1e400",
        "1e-400",
        "4.9e-324",
        "0.0000000000000000000000000001",
        "79228162514264337593543950335",
        "79228162514264337593543950336",
        "-79228162514264337593543950336",
        new string('9', 400),
        "1000000000000",
        "1000000000000.01",
        "2147483648",
        "-2147483649",
    ];

    /// <summary>Byte sequences that are not UTF-8: a byte that never appears, an overlong form, an encoded surrogate,
    /// a code point past U+10FFFF, a stray continuation byte, truncated sequences.</summary>
    public static IReadOnlyList<byte[]> InvalidUtf8 { get; } =
    [
        [0xFF],
        [0xFE],
        [0xC0, 0x80],
        [0xC1, 0xBF],
        [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80],
        [0x80],
        [0xE2, 0x82],
        [0xF0, 0x9F, 0x98],
        [0xC3],
    ];

    /// <summary>Field names worth trying: the selection's own, record fields, and names that are odd.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "release", "model", "criteria", "specifications", "variables", "$schema",
        "name", "kind", "identifier", "address", "role", "organisation",
        "indicator", "baseline", "target", "weight", "source", "frequency", "year", "percentage", "party", "amount",
        "contractTitle", "parties", "outcomes", "paymentAtRisk", "contributions", "annualBudget", "contract",
        "Release", "", " ", "a'b", "a.b", "[0]", "__proto__", "constructor", "{{x}}", "kind\u0000", "half\uD800", "\uFFFF",
        new string('k', SelectionReader.MaxStringLength + 1),
    ];

    /// <summary>Lengths around the 20,000-character limit, and far past it.</summary>
    public static IReadOnlyList<int> LongLengths { get; } =
        [SelectionReader.MaxStringLength - 1, SelectionReader.MaxStringLength, SelectionReader.MaxStringLength + 1, 60_000];

    /// <summary>List lengths around the 500-item limit, and far past it.</summary>
    public static IReadOnlyList<int> ListLengths { get; } = [2, SelectionReader.MaxItems - 1, SelectionReader.MaxItems, SelectionReader.MaxItems + 1, 3_000];
}
