namespace ContractDocs.TemplateBuilder;

/// <summary>
/// One contract model's template: the model id (also the file name), its title as clause-library/model.yaml
/// gives it, and the noun the document calls itself on the cover ("contract", or "agreement" for an alliance).
/// </summary>
internal sealed record TemplateModel(string Id, string Title, string DocumentNoun)
{
    public static IReadOnlyList<TemplateModel> All { get; } =
    [
        new("accountable-care", "Accountable care", "contract"),
        new("alliance", "Alliance", "agreement"),
        new("lead-provider", "Lead provider", "contract"),
        new("outcomes-based", "Outcomes-based", "contract"),
    ];

    public string FileName => Id + ".docx";
}
