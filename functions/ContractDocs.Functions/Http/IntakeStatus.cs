using ContractDocs.Intake;

namespace ContractDocs.Functions.Http;

/// <summary>The HTTP status of each intake refusal: 413 too large, 415 a type ContractDocs does not take (or a name that
/// says one type of a file that is another), 422 the rest
/// (a document that is what it says but unsafe or broken).</summary>
public static class IntakeStatus
{
    public static int Of(string code) => code switch
    {
        IntakeCodes.TooLarge => StatusCodes.Status413PayloadTooLarge,
        IntakeCodes.UnsupportedType or IntakeCodes.ExtensionMismatch => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
