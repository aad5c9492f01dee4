using System.Text.Json;
using System.Text.Json.Serialization;
using ContractDocs.Selection;

namespace ContractDocs.Cli;

/// <summary>The JSON the CLI prints (<c>plan</c>), source-generated so the native CLI needs no serializer made at run
/// time; the same output as the reflection-based serializer with these options.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(PlanSummary))]
internal sealed partial class CliJson : JsonSerializerContext;
