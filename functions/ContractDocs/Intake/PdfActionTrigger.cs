namespace ContractDocs.Intake;

/// <summary>What sets off a PDF action, which decides the action types allowed (<see cref="PdfActionRules"/>).</summary>
internal enum PdfActionTrigger
{
    /// <summary>The reader runs it by itself: the catalog's <c>/OpenAction</c> and the actions it chains.</summary>
    Opening,

    /// <summary>A person clicks something: an annotation's or outline item's <c>/A</c> (or <c>/PA</c>).</summary>
    Click,
}
