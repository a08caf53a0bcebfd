using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Juesuan.Audit;
using Juesuan.Audit.Messages;

namespace Juesuan.Storage;

/// <summary>
/// Audit findings as a findings_json column holds them: a JSON array of {rule, severity, place, message, messageId, printed,
/// computed, difference, tolerance, output} with the severity in lower case — the shape data.json uses, so rows written before
/// findings were typed read back unchanged. The message id is stored by name (<see cref="AuditMessageId"/>); a row written
/// before the catalogue, or naming an id since renamed, reads back without one. Only this class sees the text; rows give
/// <see cref="AuditFinding"/>s.
/// </summary>
public static class StoredFindings
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private sealed record Stored(string Rule, Severity Severity, string Place, string Message)
    {
        /// <summary>The <see cref="AuditMessageId"/> by name (absent in rows written before the catalogue).</summary>
        public string? MessageId { get; init; }

        public decimal? Printed { get; init; }

        public decimal? Computed { get; init; }

        public decimal? Difference { get; init; }

        public decimal? Tolerance { get; init; }

        /// <summary>On Juesuan's own report: the line of report.txt and the page of report.pdf (absent in rows written before).</summary>
        public OutputPlace? Output { get; init; }
    }

    public static string Write(IReadOnlyList<AuditFinding> findings) =>
        JsonSerializer.Serialize(findings.Select(f => new Stored(f.RuleId, f.Severity, f.Place, f.Message)
        {
            MessageId = f.MessageId?.ToString(),
            Printed = f.Printed,
            Computed = f.Computed,
            Difference = f.Difference,
            Tolerance = f.Tolerance,
            Output = f.Output,
        }), Json);

    public static IReadOnlyList<AuditFinding> Read(string json) =>
        (JsonSerializer.Deserialize<List<Stored>>(json, Json) ?? [])
        .Select(s => new AuditFinding(s.Rule, s.Severity, s.Place, s.Message)
        {
            MessageId = IdOf(s.MessageId),
            Printed = s.Printed,
            Computed = s.Computed,
            Tolerance = s.Tolerance,
            Output = s.Output,
        })
        .ToList();

    /// <summary>The id a row names, by name only: none for a row written before the catalogue, or naming an id that is gone.</summary>
    private static AuditMessageId? IdOf(string? name) =>
        name is { Length: > 0 } && name.All(char.IsAsciiLetter) && Enum.TryParse<AuditMessageId>(name, ignoreCase: false, out var id) ? id : null;
}
