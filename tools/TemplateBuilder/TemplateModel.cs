namespace ContractDocs.TemplateBuilder;

/// <summary>
/// One contract model's template: the model id (also the file name), what the cover calls the document, who it is
/// between (Handlebars over the contract's values; the Lead Provider by name where one is designated), and how the
/// signature page is headed. These words become the template's text, which legal then owns and may change in Word.
/// </summary>
internal sealed record TemplateModel(string Id, string DocumentTitle, string Between, string SignedBy)
{
    public static IReadOnlyList<TemplateModel> All { get; } =
    [
        new("accountable-care", "Accountable Care Contract",
            "between the Commissioners and the Provider named in the Particulars, for the whole care of the population it defines",
            "Signed for and on behalf of the Parties"),
        new("alliance", "Alliance Agreement",
            "between the Alliance Participants named in the Particulars, as equals under shared principles",
            "Signed for and on behalf of each Alliance Participant"),
        new("lead-provider", "Lead Provider Contract",
            "between the Commissioners and {{#if leadProvider}}{{leadProvider.name}}{{else}}the Lead Provider named in the Particulars{{/if}} as Lead Provider",
            "Signed for and on behalf of the Commissioners and the Lead Provider"),
        new("outcomes-based", "Outcomes-Based Contract",
            "between the Commissioners and the Provider named in the Particulars, with payment linked to the outcomes it achieves",
            "Signed for and on behalf of the Parties"),
    ];

    public string FileName => Id + ".docx";
}
