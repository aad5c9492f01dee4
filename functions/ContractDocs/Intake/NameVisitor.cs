namespace ContractDocs.Intake;

/// <summary>Receives one decoded PDF name (without its slash); returns false to stop the walk.</summary>
internal delegate bool NameVisitor(ReadOnlySpan<byte> name);
