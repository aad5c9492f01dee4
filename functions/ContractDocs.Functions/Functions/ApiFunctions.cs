using ContractDocs.Drafting;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Functions.Hosting;
using ContractDocs.Library;
using ContractDocs.Selection;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Functions;

/// <summary>The API's functions: each binds its trigger and calls its handler (the same one the local host maps)
/// through <see cref="FunctionAnswers"/>.</summary>
public sealed class ApiFunctions
{
    private readonly FunctionAnswers _answers;
    private readonly ClauseLibrary _library;
    private readonly Resolver _resolver;
    private readonly ContractArchive _archive;
    private readonly IDocumentStore _store;
    private readonly ContractDrafter _drafter;
    private readonly DraftReceipts _receipts;
    private readonly ExecutedFiler _filer;
    private readonly LibraryChoice _libraries;
    private readonly IServiceProvider _services;
    private readonly ContractMover _mover;
    private readonly SignedCopyCheck _check;

    public ApiFunctions(FunctionAnswers answers, ClauseLibrary library, Resolver resolver, ContractArchive archive, IDocumentStore store, ContractDrafter drafter,
        DraftReceipts receipts, ExecutedFiler filer, LibraryChoice libraries, IServiceProvider services, ContractMover mover, SignedCopyCheck check)
    {
        _mover = mover;
        _check = check;
        _answers = answers;
        _library = library;
        _resolver = resolver;
        _archive = archive;
        _store = store;
        _drafter = drafter;
        _receipts = receipts;
        _filer = filer;
        _libraries = libraries;
        _services = services;
    }

    [Function(nameof(OpenApi))]
    public IActionResult OpenApi([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/openapi.json")] HttpRequest request) =>
        _answers.Answer(request, nameof(OpenApi), http => OpenApiEndpoints.OpenApi(_services.GetRequiredKeyedService<IOpenApiDocumentProvider>(OpenApiEndpoints.DocumentName), http.RequestAborted));

    [Function(nameof(Releases))]
    public IActionResult Releases([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/releases")] HttpRequest request) =>
        _answers.Answer(request, nameof(Releases), _ => CatalogueEndpoints.Releases(_library));

    [Function(nameof(ReleaseModel))]
    public IActionResult ReleaseModel([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/releases/{release}/model")] HttpRequest request, string release) =>
        _answers.Answer(request, nameof(ReleaseModel), _ => CatalogueEndpoints.ReleaseModel(release, _library));

    [Function(nameof(ReleaseClauses))]
    public IActionResult ReleaseClauses([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/releases/{release}/clauses")] HttpRequest request, string release) =>
        _answers.Answer(request, nameof(ReleaseClauses), _ => CatalogueEndpoints.ReleaseClauses(release, _library));

    [Function(nameof(PublishRelease))]
    public IActionResult PublishRelease([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/releases/{release}/publish")] HttpRequest request, string release) =>
        _answers.Answer(request, nameof(PublishRelease), http => PublishEndpoints.PublishRelease(release, http.User, _libraries, _store, _archive, http.RequestAborted));

    [Function(nameof(Preview))]
    public IActionResult Preview([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/preview")] HttpRequest request) =>
        _answers.Answer(request, nameof(Preview), http => PreviewEndpoints.Preview(http.Request, _resolver, http.RequestAborted));

    [Function(nameof(DraftContract))]
    public IActionResult DraftContract([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/contracts")] HttpRequest request) =>
        _answers.Answer(request, nameof(DraftContract), http => ContractEndpoints.DraftContract(http.Request, http.User, _drafter, _receipts, http.RequestAborted));

    [Function(nameof(ListContracts))]
    public IActionResult ListContracts([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/contracts")] HttpRequest request) =>
        _answers.Answer(request, nameof(ListContracts), http => ContractEndpoints.ListContracts(http.User, _archive, http.Request.Query["continuation"], http.Request.Query["pageSize"], http.RequestAborted));

    [Function(nameof(Contract))]
    public IActionResult Contract([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/contracts/{id}")] HttpRequest request, string id) =>
        _answers.Answer(request, nameof(Contract), http => ContractEndpoints.Contract(id, http.User, _archive, http.RequestAborted));

    [Function(nameof(ContractDocument))]
    public IActionResult ContractDocument([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/contracts/{id}/documents/{documentId}")] HttpRequest request, string id, string documentId) =>
        _answers.Answer(request, nameof(ContractDocument), http => ContractEndpoints.ContractDocument(id, documentId, http.User, _archive, _store, http.RequestAborted));

    [Function(nameof(ContractAudit))]
    public IActionResult ContractAudit([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/contracts/{id}/audit")] HttpRequest request, string id) =>
        _answers.Answer(request, nameof(ContractAudit), http => ContractEndpoints.ContractAudit(id, http.User, _archive, http.RequestAborted));

    [Function(nameof(ContractComparison))]
    public IActionResult ContractComparison([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/contracts/{id}/documents/{documentId}/comparison")] HttpRequest request, string id, string documentId) =>
        _answers.Answer(request, nameof(ContractComparison), http => ComparisonEndpoints.ContractComparison(id, documentId, http.User, _archive, _check, http.RequestAborted));

    [Function(nameof(ClauseUsage))]
    public IActionResult ClauseUsage([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/clauses/{id}/{version}/usage")] HttpRequest request, string id, string version) =>
        _answers.Answer(request, nameof(ClauseUsage), http => UsageEndpoints.ClauseUsage(id, version, http.Request.Query["continuation"], http.Request.Query["pageSize"], http.User, _library, _archive, http.RequestAborted));

    [Function(nameof(ContractExecuted))]
    public IActionResult ContractExecuted([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/contracts/{id}/executed")] HttpRequest request, string id) =>
        _answers.Answer(request, nameof(ContractExecuted), http => ExecutedEndpoints.ContractExecuted(id, http.Request, http.User, _archive, _filer, http.RequestAborted));

    [Function(nameof(MovePreview))]
    public IActionResult MovePreview([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/contracts/{id}/moves/{release}")] HttpRequest request, string id, string release) =>
        _answers.Answer(request, nameof(MovePreview), http => MoveEndpoints.MovePreview(id, release, http.User, _archive, _mover, http.RequestAborted));

    [Function(nameof(MoveRedline))]
    public IActionResult MoveRedline([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/contracts/{id}/moves/{release}/redline")] HttpRequest request, string id, string release) =>
        _answers.Answer(request, nameof(MoveRedline), http => MoveEndpoints.MoveRedline(id, release, http.User, _archive, _mover, http.RequestAborted));

    [Function(nameof(MoveContract))]
    public IActionResult MoveContract([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/contracts/{id}/moves/{release}")] HttpRequest request, string id, string release) =>
        _answers.Answer(request, nameof(MoveContract), http => MoveEndpoints.MoveContract(id, release, http.Request, http.User, _archive, _mover, http.RequestAborted));
}
