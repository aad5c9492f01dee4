using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>The one section: A4 portrait, one-inch margins, the default header and footer.</summary>
internal static class PageSetup
{
    public static SectionProperties Build() =>
        new(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = RelationshipIds.Header },
            new FooterReference { Type = HeaderFooterValues.Default, Id = RelationshipIds.Footer },
            new PageSize { Width = HouseStyle.PageWidth, Height = HouseStyle.PageHeight },
            new PageMargin
            {
                Top = HouseStyle.Margin,
                Right = HouseStyle.Margin,
                Bottom = HouseStyle.Margin,
                Left = HouseStyle.Margin,
                Header = HouseStyle.HeaderDistance,
                Footer = HouseStyle.HeaderDistance,
                Gutter = 0,
            },
            new Columns { Space = "708" },
            new DocGrid { LinePitch = 360 });
}
