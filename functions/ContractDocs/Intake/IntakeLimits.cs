namespace ContractDocs.Intake;

/// <summary>
/// The limits an upload is inspected against. Sizes are in bytes; <see cref="MaxInflatedBytes"/> is the total of
/// every part once decompressed, counted while inflating (never taken from the sizes a file declares);
/// <see cref="MaxCharactersInPart"/> is the number of UTF-16 characters in one XML part;
/// <see cref="MaxPdfObjects"/> is the number of dictionaries, arrays and indirect objects the PDF structure pass
/// visits.
/// </summary>
public sealed record IntakeLimits(long MaxBytes = 25 * 1024 * 1024, long MaxInflatedBytes = 200 * 1024 * 1024,
    int MaxEntries = 2000, long MaxCharactersInPart = 50_000_000, int MaxPdfObjects = 1_000_000);
