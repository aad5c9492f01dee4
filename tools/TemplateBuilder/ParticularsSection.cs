using DocumentFormat.OpenXml;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// The Particulars: a parties table whose single body row repeats once per party (the renderer turns a row that
/// opens a loop in its first cell and closes it in its last into a repeating row), then term and model. Each party's address is the one notices go to.
/// </summary>
internal static class ParticularsSection
{
    private static readonly int[] PartyColumns = [2326, 1400, 1900, 1300, 2100];
    private static readonly int[] TermColumns = [2500, 6526];

    public static IEnumerable<OpenXmlElement> Build()
    {
        yield return Blocks.Styled(StyleIds.Subtitle, "Particulars");
        yield return ContractTables.Build(
            PartyColumns,
            ["Party", "Kind", "Roles", "Identifier", "Address for notices"],
            ["{{#each parties}}{{name}}", "{{kindName}}", "{{#if roleNames}}{{roleNames}}{{/if}}", "{{identifier}}", "{{#if address}}{{address}}{{/if}}{{/each}}"]);

        // A paragraph between two tables keeps Word from joining them into one.
        yield return Blocks.Styled(null, string.Empty);
        yield return ContractTables.Build(
            TermColumns,
            null,
            ["Term", "{{termYears}} years from the Commencement Date"],
            ["Contract model", "{{contract.modelTitle}}"],
            ["Annual value", "{{#if contract.annualValue}}{{money contract.annualValue}} in the first Contract Year{{else}}As set out in the payment provisions{{/if}}"]);
    }
}
