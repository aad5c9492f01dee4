using System.Security.Cryptography;
using System.Text;

namespace ContractDocs.Library;

/// <summary>
/// A compiled snapshot of a loaded library: what <see cref="LibraryLoader.Load"/> returns (every clause's text and
/// SHA-256, the model, the releases, the layouts and the load's problems), written once as a binary file and read
/// back, at the next start, in a few milliseconds instead of parsing 2.5 MB of YAML and Markdown front matter.
/// </summary>
/// <remarks>
/// <para>A snapshot is named by its key: the SHA-256 of every file the loader reads (path, length and bytes, in
/// ordinal order of path, and whether each folder exists), of this format's version and of this assembly's build
/// (its module version id), so that any change to the library or to the code that reads it misses and loads from
/// YAML again. A file is <c>magic, key, payload, SHA-256 of the payload</c>; a snapshot that is truncated, altered
/// or of another key is never read, and the library is loaded from its files.</para>
/// <para>The folder is a cache (by default the user's, <see cref="DefaultFolder"/>): a miss writes the snapshot
/// (to a temporary file, then renamed, so that a reader never sees half a file) and keeps the newest
/// <see cref="Keep"/>. Whoever can write the folder can change what the library says, so a folder that others can
/// write (group or world write, as /tmp) is not used, and one made here is made private (0700).</para>
/// </remarks>
public static class LibrarySnapshot
{
    /// <summary>The file extension of a snapshot.</summary>
    public const string Extension = ".cdsnap";

    /// <summary>How many snapshots a folder keeps: one per library state recently loaded.</summary>
    public const int Keep = 8;

    /// <summary>The environment variable that names the snapshot folder, or turns snapshots off with <c>off</c>.</summary>
    public const string FolderVariable = "CONTRACTDOCS_SNAPSHOTS";

    private const string Format = "contractdocs-library-snapshot/1";
    private const int HashBytes = 32;

    private static ReadOnlySpan<byte> Magic => "CDSNAP1\n"u8;

    /// <summary>The snapshot folder: <c>CONTRACTDOCS_SNAPSHOTS</c> if set (<c>off</c>: none), else the user's cache
    /// (<c>$XDG_CACHE_HOME/contractdocs/snapshots</c>, <c>~/.cache/contractdocs/snapshots</c>); null when there is
    /// no home folder.</summary>
    public static string? DefaultFolder() => Folder(Environment.GetEnvironmentVariable(FolderVariable));

    /// <summary>The snapshot folder a setting names: <c>off</c> for none, a folder, or (null or blank) the user's
    /// cache.</summary>
    public static string? Folder(string? setting)
    {
        if (string.Equals(setting, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(setting))
        {
            return Path.GetFullPath(setting);
        }

        if (!OperatingSystem.IsWindows())
        {
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return !string.IsNullOrWhiteSpace(cache) && Path.IsPathRooted(cache) ? Path.Combine(cache, "contractdocs", "snapshots")
                : string.IsNullOrEmpty(home) ? null
                : Path.Combine(home, ".cache", "contractdocs", "snapshots");
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(local) ? null : Path.Combine(local, "ContractDocs", "snapshots");
    }

    /// <summary>Loads the library at <paramref name="root"/> from its snapshot in <paramref name="folder"/> when
    /// there is one for exactly these files, else from its files (and then writes the snapshot). With no folder,
    /// exactly <see cref="LibraryLoader.Load"/>. Never throws for a bad, missing or unwritable snapshot.</summary>
    /// <exception cref="DirectoryNotFoundException">The library folder does not exist.</exception>
    public static LibraryLoadResult Load(string root, string? folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        root = Path.GetFullPath(root);
        if (folder is null || !Directory.Exists(root))
        {
            return LibraryLoader.Load(root);
        }

        var key = Key(root);
        StartupTrace.Mark("library: snapshot key (SHA-256 of the library's files)");
        if (key is not null && Usable(folder) && Read(folder, key, root) is { } snapshot)
        {
            StartupTrace.Mark("library: snapshot read");
            return snapshot;
        }

        var loaded = LibraryLoader.Load(root);
        // Files changed while they were read would pair this load with the wrong key.
        if (key is not null && Key(root) == key && Write(folder, key, loaded))
        {
            StartupTrace.Mark("library: snapshot written");
        }

        return loaded;
    }

    /// <summary>The key of the library's current files (lower-case hex), or null when a folder holds more files
    /// than the loader reads (no snapshot then).</summary>
    public static string? Key(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        root = Path.GetFullPath(root);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{Format}\n{typeof(LibrarySnapshot).Module.ModuleVersionId}\n"));
        foreach (var file in new[] { "model.yaml", RedlineWording.FileName })
        {
            AppendFile(hash, root, Path.Combine(root, file));
        }

        // As the loader reads them: every file under clauses/, schedules/ and layouts/, releases/ without its subfolders.
        foreach (var folder in new[] { "clauses", "schedules", "releases", "layouts" })
        {
            var recursive = folder != "releases";
            var path = Path.Combine(root, folder);
            var exists = Directory.Exists(path);
            hash.AppendData(Encoding.UTF8.GetBytes($"folder {folder} {exists}\n"));
            if (!exists)
            {
                continue;
            }

            // Full paths under one root sort as their relative paths do. (Plain arrays of strings: generic code over
            // tuples would be JIT-compiled at every cold start.)
            var files = Directory.EnumerateFiles(path, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Take(LibraryLoader.MaxFiles + 1)
                .ToArray();
            if (files.Length > LibraryLoader.MaxFiles)
            {
                return null;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                AppendFile(hash, root, file);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The snapshot at <paramref name="folder"/> for <paramref name="key"/>, or null when there is none or
    /// its bytes are not a whole, unaltered snapshot of that key.</summary>
    internal static LibraryLoadResult? Read(string folder, string key, string root)
    {
        byte[] bytes;
        try
        {
            var path = Path.Combine(folder, key + Extension);
            if (!File.Exists(path))
            {
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        StartupTrace.Mark("library: snapshot file read");
        var header = Magic.Length + HashBytes;
        if (bytes.Length < header + HashBytes
            || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || !bytes.AsSpan(Magic.Length, HashBytes).SequenceEqual(Convert.FromHexString(key)))
        {
            return null;
        }

        var payloadLength = bytes.Length - header - HashBytes;
        if (!SHA256.HashData(bytes.AsSpan(header, payloadLength)).AsSpan().SequenceEqual(bytes.AsSpan(header + payloadLength)))
        {
            return null;
        }

        StartupTrace.Mark("library: snapshot checked (SHA-256)");
        try
        {
            return SnapshotReader.Read(bytes, header, payloadLength, root);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            // A payload whose checksum holds but which this build cannot read (the key names the build, so only a
            // hand-made file gets here): the files are the truth.
            return null;
        }
    }

    /// <summary>Writes the snapshot of <paramref name="loaded"/> under <paramref name="key"/>; false (and nothing
    /// half-written left behind) when the folder cannot be made or written.</summary>
    internal static bool Write(string folder, string key, LibraryLoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var payload = SnapshotWriter.Write(loaded);
        var temporary = Path.Combine(folder, $"{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (!Directory.Exists(folder))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            if (!Usable(folder))
            {
                return false;
            }

            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(Magic);
                file.Write(Convert.FromHexString(key));
                file.Write(payload);
                file.Write(SHA256.HashData(payload));
            }

            File.Move(temporary, Path.Combine(folder, key + Extension), overwrite: true);
            Prune(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a leftover .tmp is never read.
            }

            return false;
        }
    }

    /// <summary>Whether the folder can be trusted with the library's text: it exists and, on Unix, no one but its
    /// owner can write it.</summary>
    private static bool Usable(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        return OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(folder) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
    }

    private static void Prune(string folder)
    {
        var stale = new DirectoryInfo(folder).EnumerateFiles("*" + Extension)
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Skip(Keep);
        foreach (var file in stale)
        {
            file.Delete();
        }
    }

    private static void AppendFile(IncrementalHash hash, string root, string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var bytes = File.ReadAllBytes(path);
        hash.AppendData(Encoding.UTF8.GetBytes($"file {Path.GetRelativePath(root, path).Replace('\\', '/')} {bytes.Length}\n"));
        hash.AppendData(bytes);
    }
}
