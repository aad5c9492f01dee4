namespace ContractDocs.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input was read but has problems (lint findings, an unbuildable selection).</summary>
    public const int Problems = 1;

    /// <summary>The command could not run: a missing file or folder.</summary>
    public const int Usage = 2;
}
