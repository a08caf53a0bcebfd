using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Juesuan.Inspection.Outputs;

/// <summary>
/// 检查结果.json: the whole <see cref="InspectionResult"/> under "result" (property names are the model's, camelCase;
/// enums by name; absent values omitted), with the summary's counts under "summary" and the format under "schema"
/// (docs/inspection-outputs.md). <see cref="Read"/> gives the result back.
/// </summary>
public static class InspectionJson
{
    public const string FileName = "检查结果.json";

    /// <summary>The format's name and version: a change of a property's name or meaning changes the version.</summary>
    public const string Schema = "juesuan-inspection/1";

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(InspectionSummary summary) => JsonSerializer.Serialize(Document(summary), Options);

    /// <summary>Writes into a stream as it serialises (a region's result is not held again as one string).</summary>
    public static void Write(InspectionSummary summary, Stream output) => JsonSerializer.Serialize(output, Document(summary), Options);

    private static InspectionJsonDocument Document(InspectionSummary summary) => new(Schema,
        new InspectionJsonCounts(summary.Year, summary.DepartmentsToPublish, summary.DepartmentsPublished, summary.DepartmentsOnTime, summary.AverageScore,
            summary.Files.Count, summary.FilesUnreadable, summary.FilesUnmatched, summary.Errors, summary.Warnings, summary.Notes),
        summary.Result);

    /// <summary>Reads a 检查结果.json back; a file of another format is refused naming what it is.</summary>
    public static InspectionResult Read(string json)
    {
        var document = JsonSerializer.Deserialize<InspectionJsonDocument>(json, Options);
        if (document is null || document.Schema != Schema || document.Result is null)
        {
            throw new InvalidDataException($"不是 {Schema} 格式的检查结果（schema：{document?.Schema ?? "无"}）");
        }

        return document.Result;
    }
}
