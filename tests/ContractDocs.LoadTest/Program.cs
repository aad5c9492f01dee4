using System.Diagnostics;
using System.Text;
using ContractDocs.LoadTest;
using ContractDocs.Tests.Support;

// Load driver: Azurite and the app (its local host, the same handlers) as real processes on loopback, then generate+store at 8 and 32
// concurrent clients, each run bounded in time and in count. Usage: dotnet run -c Release --project tests/ContractDocs.LoadTest [seconds]
// Listing at scale: dotnet run -c Release --project tests/ContractDocs.LoadTest -- list 10000,100000 folder|azurite
// Where a clause is used, at scale: dotnet run -c Release --project tests/ContractDocs.LoadTest -- usage 100000
if (args is ["usage", var usageSizes])
{
    await UsageRun.RunAsync([.. usageSizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))]);
    return;
}

if (args is ["list", var sizes, var storeKind])
{
    await ListingRun.RunAsync([.. sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))], storeKind);
    return;
}

var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 15;
using var azurite = new Azurite();
var port = LoopbackPort.Free();
var app = Path.Combine(RepoPaths.Root, "functions", "ContractDocs.LocalHost", "bin", "Release", "net10.0", "ContractDocs.LocalHost.dll");
var start = new ProcessStartInfo("dotnet", [app]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(app)! };
start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
start.Environment["ContractDocs__StorageConnectionString"] = azurite.ConnectionString;
start.Environment["ContractDocs__LibraryFolder"] = RepoPaths.Library;
start.Environment["ContractDocs__TemplatesFolder"] = RepoPaths.Templates;
start.Environment["ContractDocs__DevelopmentIdentity"] = "load:commissioner";
start.Environment["Logging__LogLevel__Default"] = "Warning";
using var process = Process.Start(start)!;
process.BeginOutputReadLine();
process.BeginErrorReadLine();
try
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    await WaitForAsync(http);
    var selection = File.ReadAllText(Path.Combine(RepoPaths.Examples, "frailty-alliance.json"));
    Console.WriteLine("| clients | contracts | seconds | contracts/s | p50 ms | p95 ms | errors |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
    await LoadRun.RunAsync(http, selection, 4, TimeSpan.FromSeconds(3), 300, print: false); // warm-up
    foreach (var clients in (Environment.GetEnvironmentVariable("LOAD_CLIENTS") ?? "8,32").Split(',').Select(int.Parse))
    {
        await LoadRun.RunAsync(http, selection, clients, TimeSpan.FromSeconds(seconds), 5000, print: true);
    }
}
finally
{
    process.Kill(entireProcessTree: true);
}


static async Task WaitForAsync(HttpClient http)
{
    for (var i = 0; i < 120; i++)
    {
        try
        {
            if ((await http.GetAsync(new Uri("/", UriKind.Relative))).IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
        }

        await Task.Delay(250);
    }

    throw new TimeoutException("The app did not answer GET / within 30 s.");
}
