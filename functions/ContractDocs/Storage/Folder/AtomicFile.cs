using System.Runtime.InteropServices;

namespace ContractDocs.Storage.Folder;

/// <summary>Publishes a finished temporary file under its final name only if that name is free, atomically even
/// between processes: <c>link(2)</c> on Unix (fails with EEXIST), <c>MoveFileEx</c> without replace on Windows.
/// (.NET's <c>File.Move(overwrite: false)</c> checks and then renames on Unix, so two racing writers can both win.)</summary>
internal static partial class AtomicFile
{
    private const int EExist = 17;

    /// <summary>True when <paramref name="temporary"/> now lives at <paramref name="target"/>; false when
    /// <paramref name="target"/> already existed (the temporary file is left for the caller to delete).</summary>
    public static bool TryPublish(string temporary, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(temporary, target, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(target))
            {
                return false;
            }
        }

        if (Link(temporary, target) == 0)
        {
            File.Delete(temporary);
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == EExist ? false : throw new IOException($"Could not publish {target} (errno {error}).");
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
}
