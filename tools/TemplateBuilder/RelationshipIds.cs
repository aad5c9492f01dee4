namespace ContractDocs.TemplateBuilder;

/// <summary>
/// Fixed relationship ids, so a rebuild gives the same bytes. Named rather than numbered so they cannot collide
/// with the ids the renderer adds (rIdLink1…, rIdProps…).
/// </summary>
internal static class RelationshipIds
{
    public const string Document = "rIdDocument";
    public const string CoreProperties = "rIdCore";
    public const string Styles = "rIdStyles";
    public const string Numbering = "rIdNumbering";
    public const string Settings = "rIdSettings";
    public const string Header = "rIdHeader";
    public const string Footer = "rIdFooter";
}
