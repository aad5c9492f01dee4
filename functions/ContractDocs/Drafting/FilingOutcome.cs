using ContractDocs.Comparing;
using ContractDocs.Intake;
using ContractDocs.Storage;

namespace ContractDocs.Drafting;

/// <summary>What filing an executed document came to.</summary>
public abstract record FilingOutcome
{
    private FilingOutcome()
    {
    }

    /// <summary>Stored, recorded against the contract, audited and listed, by this request; with its comparison with
    /// the draft when that was ready in time (else it arrives later).</summary>
    public sealed record Filed(ContractDocumentEntry Entry, InspectionResult Inspection, SignedCopyComparison? Comparison = null) : FilingOutcome;

    /// <summary>These exact bytes were already recorded against the contract (by an earlier or racing request, whose
    /// entry this is); nothing new was recorded, and anything that request left unwritten is now complete.</summary>
    public sealed record AlreadyFiled(ContractDocumentEntry Entry, InspectionResult Inspection) : FilingOutcome;

    /// <summary>The inspection refused the document; nothing but an audit event was written.</summary>
    public sealed record Refused(InspectionResult Inspection) : FilingOutcome;
}
