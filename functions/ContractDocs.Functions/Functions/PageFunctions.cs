using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Functions.Pages;
using ContractDocs.Library;
using ContractDocs.Selection;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions.Functions;

/// <summary>The pages' functions (the start page, legal's library, procurement's filing, the commissioner's form, the
/// sign-in and the static assets): anonymous at the host, because people come with a browser and no function key; the
/// role policies run in the shared pipeline, as on the local host.</summary>
public sealed class PageFunctions
{
    private readonly FunctionAnswers _answers;
    private readonly ClauseLibrary _library;
    private readonly Resolver _resolver;
    private readonly ContractArchive _archive;
    private readonly ContractDrafter _drafter;
    private readonly DraftReceipts _receipts;
    private readonly ExecutedFiler _filer;
    private readonly IOptions<EntraOptions> _entra;
    private readonly Rendering.Redline.RedlineWriter _redlines;
    private readonly ContractMover _mover;
    private readonly SignedCopyCheck _check;

    public PageFunctions(FunctionAnswers answers, ClauseLibrary library, Resolver resolver, ContractArchive archive, ContractDrafter drafter, DraftReceipts receipts, ExecutedFiler filer, IOptions<EntraOptions> entra,
        Rendering.Redline.RedlineWriter redlines, ContractMover mover, SignedCopyCheck check)
    {
        _redlines = redlines;
        _mover = mover;
        _check = check;
        _answers = answers;
        _library = library;
        _resolver = resolver;
        _archive = archive;
        _drafter = drafter;
        _receipts = receipts;
        _filer = filer;
        _entra = entra;
    }

    [Function(nameof(Start))]
    public IActionResult Start([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = StartPage.Route)] HttpRequest request) =>
        _answers.Answer(request, nameof(Start), http => StartPage.Start(http.User));

    [Function(nameof(SignIn))]
    public IActionResult SignIn([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "signin")] HttpRequest request) =>
        _answers.Answer(request, nameof(SignIn), _ => AccountEndpoints.SignIn(_entra));

    [Function(nameof(SignInCallback))]
    public IActionResult SignInCallback([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "signin-oidc")] HttpRequest request) =>
        _answers.Answer(request, nameof(SignInCallback), _ => AccountEndpoints.SignInCallback());

    [Function(nameof(Assets))]
    public IActionResult Assets([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "nhsuk/{*path}")] HttpRequest request, string? path) =>
        _answers.Answer(request, nameof(Assets), _ => AssetEndpoints.Assets(path));

    [Function(nameof(SiteAssets))]
    public IActionResult SiteAssets([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "site/{*path}")] HttpRequest request, string? path) =>
        _answers.Answer(request, nameof(SiteAssets), _ => AssetEndpoints.SiteAssets(path));

    [Function(nameof(LibraryHome))]
    public IActionResult LibraryHome([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "library")] HttpRequest request) =>
        _answers.Answer(request, nameof(LibraryHome), _ => LibraryPages.LibraryHome(_library));

    [Function(nameof(LibraryRelease))]
    public IActionResult LibraryRelease([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "library/releases/{release}")] HttpRequest request, string release) =>
        _answers.Answer(request, nameof(LibraryRelease), _ => LibraryPages.LibraryRelease(release, _library));

    [Function(nameof(LibraryClause))]
    public IActionResult LibraryClause([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "library/clauses/{id}")] HttpRequest request, string id) =>
        _answers.Answer(request, nameof(LibraryClause), _ => LibraryPages.LibraryClause(id, _library));

    [Function(nameof(LibraryClauseCompare))]
    public IActionResult LibraryClauseCompare([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "library/clauses/{id}/compare")] HttpRequest request, string id) =>
        _answers.Answer(request, nameof(LibraryClauseCompare), http => LibraryPages.LibraryClauseCompare(id, http.Request.Query["from"], http.Request.Query["to"], _library));

    [Function(nameof(LibraryClauseVersion))]
    public IActionResult LibraryClauseVersion([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "library/clauses/{id}/{version}")] HttpRequest request, string id, string version) =>
        _answers.Answer(request, nameof(LibraryClauseVersion), http => LibraryPages.LibraryClauseVersion(id, version, http.Request.Query["continuation"], http.User, _library, _archive, http.RequestAborted));

    [Function(nameof(LibraryCompare))]
    public IActionResult LibraryCompare([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "library/compare")] HttpRequest request) =>
        _answers.Answer(request, nameof(LibraryCompare), http => LibraryPages.LibraryCompare(http.Request.Query["from"], http.Request.Query["to"], _library));

    [Function(nameof(LibraryRedline))]
    public IActionResult LibraryRedline([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "library/compare/redline")] HttpRequest request) =>
        _answers.Answer(request, nameof(LibraryRedline), http => LibraryPages.LibraryRedline(http.Request.Query["from"], http.Request.Query["to"], _library, _redlines));

    [Function(nameof(ProcurementHome))]
    public IActionResult ProcurementHome([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurement")] HttpRequest request) =>
        _answers.Answer(request, nameof(ProcurementHome), http => ProcurementPages.ProcurementHome(http.Request.Query["q"], http.Request.Query["continuation"], _archive, http.RequestAborted));

    [Function(nameof(ProcurementContract))]
    public IActionResult ProcurementContract([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procurement/{id}")] HttpRequest request, string id) =>
        _answers.Answer(request, nameof(ProcurementContract), http => ProcurementPages.ProcurementContract(id, http.User, _archive, _check, http.RequestAborted));

    [Function(nameof(ProcurementUpload))]
    public IActionResult ProcurementUpload([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "procurement/{id}")] HttpRequest request, string id) =>
        _answers.Answer(request, nameof(ProcurementUpload), http => ProcurementPages.ProcurementUpload(id, http.Request, http.User, _archive, _filer, _check, http.RequestAborted));

    [Function(nameof(CommissionerContracts))]
    public IActionResult CommissionerContracts([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contracts")] HttpRequest request) =>
        _answers.Answer(request, nameof(CommissionerContracts), http => CommissionerPages.CommissionerContracts(http.User, _archive, _library, http.Request.Query["continuation"], http.RequestAborted));

    [Function(nameof(CommissionerMovePreview))]
    public IActionResult CommissionerMovePreview([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contracts/{id}/move/{release}")] HttpRequest request, string id, string release) =>
        _answers.Answer(request, nameof(CommissionerMovePreview), http => MovePages.CommissionerMovePreview(id, release, http.User, _archive, _mover, http.RequestAborted));

    [Function(nameof(CommissionerMoveRedline))]
    public IActionResult CommissionerMoveRedline([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contracts/{id}/move/{release}/redline")] HttpRequest request, string id, string release) =>
        _answers.Answer(request, nameof(CommissionerMoveRedline), http => MovePages.CommissionerMoveRedline(id, release, http.User, _archive, _mover, http.RequestAborted));

    [Function(nameof(CommissionerMove))]
    public IActionResult CommissionerMove([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "contracts/{id}/move/{release}")] HttpRequest request, string id, string release) =>
        _answers.Answer(request, nameof(CommissionerMove), http => MovePages.CommissionerMove(id, release, http.Request, http.User, _archive, _mover, http.RequestAborted));

    [Function(nameof(CommissionerStart))]
    public IActionResult CommissionerStart([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contracts/new")] HttpRequest request) =>
        _answers.Answer(request, nameof(CommissionerStart), _ => CommissionerPages.CommissionerStart(_library));

    [Function(nameof(CommissionerStep))]
    public IActionResult CommissionerStep([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "contracts/new")] HttpRequest request) =>
        _answers.Answer(request, nameof(CommissionerStep), http => CommissionerPages.CommissionerStep(http.Request, http.User, _library, _resolver, _drafter, _receipts, http.RequestAborted));

    [Function(nameof(CommissionerPlan))]
    public IActionResult CommissionerPlan([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "contracts/plan")] HttpRequest request) =>
        _answers.Answer(request, nameof(CommissionerPlan), http => CommissionerPages.CommissionerPlan(http.Request, _library, _resolver, http.RequestAborted));
}
