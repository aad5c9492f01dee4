namespace ContractDocs.Functions.Http;

/// <summary>Where the app listens: the port the Functions host gives a custom handler, else 127.0.0.1:7071.</summary>
public static class ListenAddress
{
    public static void ConfigureListenAddress(this ConfigureWebHostBuilder webHost, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(webHost);
        ArgumentNullException.ThrowIfNull(configuration);
        var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (!string.IsNullOrEmpty(port))
        {
            webHost.UseUrls($"http://127.0.0.1:{port}");
        }
        else if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
        {
            webHost.UseUrls("http://127.0.0.1:7071");
        }
    }
}
