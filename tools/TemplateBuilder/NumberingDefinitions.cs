using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>word/numbering.xml: every abstractNum, then one num per abstractNum with the same id (the schema
/// requires all abstractNums first; the renderer appends its own nums at the end).</summary>
internal static class NumberingDefinitions
{
    public static Numbering Build()
    {
        var definitions = ClauseNumbering.Build().Concat(ListNumbering.Build()).ToList();
        var numbering = new Numbering();
        numbering.Append(definitions);
        foreach (var definition in definitions)
        {
            var id = definition.AbstractNumberId!.Value;
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = id }) { NumberID = id });
        }

        return numbering;
    }
}
