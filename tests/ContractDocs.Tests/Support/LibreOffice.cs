using System.Diagnostics;

namespace ContractDocs.Tests.Support;

/// <summary>Converts documents to PDF with Debian's LibreOffice (soffice --headless, its own profile folder) and
/// reads the text back with pdftotext. The test command installs both.</summary>
public static class LibreOffice
{
    /// <summary>Converts every file in one soffice process; returns the PDF text of each, by input path.</summary>
    public static Dictionary<string, string> ConvertToPdfText(IReadOnlyList<string> documents)
    {
        var outDir = Directory.CreateTempSubdirectory("contractdocs-pdf-").FullName;
        var output = Soffice(["--convert-to", "pdf", "--outdir", outDir, .. documents], TimeSpan.FromMinutes(5));
        return documents.ToDictionary(d => d, d =>
        {
            var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(d) + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice did not convert {d}: {output}");
            var (code, text) = Run(Find("pdftotext"), ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));
            Assert.Equal(0, code);
            return text;
        });
    }

    /// <summary>Opens <paramref name="document"/> in LibreOffice and saves it again as <paramref name="format"/> (for
    /// example "docx:MS Word 2007 XML") into <paramref name="outDir"/>; returns the saved file's path.</summary>
    public static string Resave(string document, string format, string outDir)
    {
        Soffice(["--convert-to", format, "--outdir", outDir, document], TimeSpan.FromMinutes(3));
        return Path.Combine(outDir, Path.GetFileNameWithoutExtension(document) + "." + format.Split(':')[0]);
    }

    /// <summary>One headless soffice run with its own profile folder; fails the test unless it exits 0.</summary>
    private static string Soffice(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("contractdocs-lo-profile-").FullName;
        var (exit, output) = Run(Find("soffice"), [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", .. arguments], timeout);
        Assert.True(exit == 0, $"soffice exited {exit}: {output}");
        return output;
    }

    private static string Find(string tool)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':'))
        {
            var path = Path.Combine(folder, tool);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"'{tool}' is not installed; the test command (scripts/test) installs it from Debian.");
    }

    private static (int Exit, string Output) Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
