using ContractDocs.TemplateBuilder;

// Builds the four Word templates, validates each and writes them to the folder named on the command line.
// Exit codes: 0 written, 1 a template failed validation (nothing written for it), 2 usage.
if (args.Length != 1)
{
    Console.Error.WriteLine("Usage: dotnet run --project tools/TemplateBuilder -- <output folder>");
    Console.Error.WriteLine("       e.g. `-- templates` from the repository root writes templates/<model>.docx");
    return 2;
}

var folder = Path.GetFullPath(args[0]);
Directory.CreateDirectory(folder);
var exitCode = 0;
foreach (var model in TemplateModel.All)
{
    var bytes = TemplatePackage.Build(model);
    var errors = TemplateValidator.Validate(bytes);
    if (errors.Count > 0)
    {
        Console.Error.WriteLine($"{model.FileName}: {errors.Count} validation error(s)");
        foreach (var error in errors)
        {
            Console.Error.WriteLine("  " + error);
        }

        exitCode = 1;
        continue;
    }

    var path = Path.Combine(folder, model.FileName);
    File.WriteAllBytes(path, bytes);
    Console.WriteLine($"{path}: {bytes.Length} bytes, 0 validation errors (Microsoft 365)");
}

return exitCode;
