using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ContractDocs.Comparing;
using ContractDocs.Storage.Folder;

namespace ContractDocs.Storage;

/// <summary>
/// The JSON the engine stores (contract records, document entries, audit events, signed-copy comparisons), with the
/// web defaults (camelCase) it has always been written with. Source-generated, so that the native CLI (which has no
/// serializers made at run time) writes and reads exactly what the app writes and reads.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ContractRecord))]
[JsonSerializable(typeof(ContractDocumentEntry))]
[JsonSerializable(typeof(AuditEvent))]
[JsonSerializable(typeof(SignedCopyComparison))]
internal sealed partial class StoredJson : JsonSerializerContext;

/// <summary>The JSON the engine writes with the serializer's plain defaults (names as declared): a release's
/// manifest, a folder store's trailer, a listing's continuation token, a selection re-read.</summary>
[JsonSerializable(typeof(ReleaseManifest))]
[JsonSerializable(typeof(StoredFile.Trailer))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class PlainJson : JsonSerializerContext;
