using ContractDocs.Comparing;
using ContractDocs.Drafting;
using ContractDocs.Intake;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Storage;
using ContractDocs.Templating;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions.Hosting;

/// <summary>The engine as services, each built once from the options and shared (all are immutable or thread-safe):
/// the store, the served library, resolver, renderer, archive and the drafting, filing and signed-copy comparison use
/// cases.</summary>
public static class ContractDocsServices
{
    public static IServiceCollection AddContractDocs(this IServiceCollection services)
    {
        services.AddOptions<ContractDocsOptions>().BindConfiguration(ContractDocsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => StorageChoice.Create(Settings(sp), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(sp => sp.GetRequiredService<StorageChoice>().Store);
        services.AddSingleton(sp => LibraryChoice.Load(Settings(sp), sp.GetRequiredService<IDocumentStore>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(sp => sp.GetRequiredService<LibraryChoice>().Served);
        services.AddSingleton(sp => new Resolver(sp.GetRequiredService<ClauseLibrary>()));
        services.AddSingleton(sp =>
        {
            var templating = new ContractTemplating();
            return new ContractRenderer(sp.GetRequiredService<ClauseLibrary>(), TemplateSet.Load(sp.GetRequiredService<LibraryChoice>().TemplatesFolder, templating), templating);
        });
        services.AddSingleton(sp => new ContractArchive(sp.GetRequiredService<IDocumentStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ContractDrafter(sp.GetRequiredService<Resolver>(), sp.GetRequiredService<ContractRenderer>(), sp.GetRequiredService<ContractArchive>()));
        services.AddSingleton(sp => new SignedCopyCheck(sp.GetRequiredService<ContractArchive>(), new SignedCopyComparer(sp.GetRequiredService<ClauseLibrary>())));
        services.AddSingleton(sp => new ExecutedFiler(sp.GetRequiredService<ContractArchive>(), new IntakeLimits(MaxBytes: Settings(sp).MaxUploadBytes), sp.GetRequiredService<SignedCopyCheck>()));
        services.AddSingleton(sp =>
        {
            var templating = new ContractTemplating();
            return new Rendering.Redline.RedlineWriter(sp.GetRequiredService<ClauseLibrary>(), TemplateSet.Load(sp.GetRequiredService<LibraryChoice>().TemplatesFolder, templating), sp.GetRequiredService<ContractRenderer>());
        });
        services.AddSingleton(sp => new ContractMover(sp.GetRequiredService<ClauseLibrary>(), sp.GetRequiredService<Resolver>(), sp.GetRequiredService<ContractRenderer>(),
            sp.GetRequiredService<Rendering.Redline.RedlineWriter>(), sp.GetRequiredService<ContractArchive>()));
        services.AddSingleton<Endpoints.DraftReceipts>();
        return services;
    }

    /// <summary>"… using folder …; library …": what the app serves, for the start-up line.</summary>
    public static string Describe(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return $"{services.GetRequiredService<StorageChoice>().Description}; {services.GetRequiredService<LibraryChoice>().Description}";
    }

    private static ContractDocsOptions Settings(IServiceProvider services) => services.GetRequiredService<IOptions<ContractDocsOptions>>().Value;
}
