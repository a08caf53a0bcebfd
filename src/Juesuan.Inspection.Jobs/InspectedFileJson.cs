using System.Text.Json;
using System.Text.Json.Serialization;

namespace Juesuan.Inspection.Jobs;

/// <summary>The one JSON form in which the store keeps an <see cref="InspectedFile"/> and an <see cref="InspectionResult"/>.</summary>
public static class InspectedFileJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(InspectedFile file) => JsonSerializer.Serialize(file, Options);

    public static InspectedFile Read(string json) =>
        JsonSerializer.Deserialize<InspectedFile>(json, Options) ?? throw new JsonException("空的检查结果");

    public static string Write(InspectionResult result) => JsonSerializer.Serialize(result, Options);

    public static InspectionResult ReadResult(string json) =>
        JsonSerializer.Deserialize<InspectionResult>(json, Options) ?? throw new JsonException("空的批次结果");
}
