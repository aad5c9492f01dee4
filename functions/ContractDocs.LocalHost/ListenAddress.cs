namespace ContractDocs.LocalHost;

/// <summary>Where the local host listens: 127.0.0.1:7071 (the Functions host's own default), unless urls or
/// ASPNETCORE_URLS says otherwise.</summary>
public static class ListenAddress
{
    public static void ConfigureListenAddress(this ConfigureWebHostBuilder webHost, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(webHost);
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
        {
            webHost.UseUrls("http://127.0.0.1:7071");
        }
    }
}
