namespace ContractDocs.Rendering;

/// <summary>Rewrites the few constructs other word processors write that Word's schema refuses, so a template saved
/// by LibreOffice still yields a valid document. Applied once, when a template is loaded.</summary>
internal static class CompatibilityFixes
{
    private static readonly (string From, string To)[] Fixes =
    [
        // LibreOffice writes on/off values as true/false where the table-row properties take on/off only.
        ("<w:tblHeader w:val=\"true\"/>", "<w:tblHeader/>"),
        ("<w:tblHeader w:val=\"false\"/>", "<w:tblHeader w:val=\"off\"/>"),
        ("<w:cantSplit w:val=\"true\"/>", "<w:cantSplit/>"),
        ("<w:cantSplit w:val=\"false\"/>", "<w:cantSplit w:val=\"off\"/>"),
    ];

    public static string Apply(string xml)
    {
        foreach (var (from, to) in Fixes)
        {
            xml = xml.Replace(from, to, StringComparison.Ordinal);
        }

        return xml;
    }
}
