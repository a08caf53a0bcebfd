using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Juesuan.Readers.Package;

/// <summary>
/// The one formatter of input errors: text for the console (the place and message, then the value found with
/// <c>^^^</c> under it, as hledger and Spectre point at a token) and JSON for the API, from the same
/// <see cref="PackageError"/> records whose texts come from <see cref="Core.Model.InputMessages"/>.
/// </summary>
public static class PackageErrorFormat
{
    /// <summary>Values longer than this are cut in the console form (a 30,000-character cell is not repeated).</summary>
    public const int MaxShownValue = 60;

    public static string Console(IEnumerable<PackageError> errors) => string.Concat(errors.Select(Console));

    /// <summary>
    /// <code>
    /// income.csv 第 2 行 D 列（金额（元））：金额「一千五百元」不是数字
    ///   | 一千五百元
    ///   | ^^^^^^^^^^
    /// </code>
    /// </summary>
    public static string Console(PackageError error)
    {
        var sb = new StringBuilder(error.ToString()).Append('\n');
        if (!string.IsNullOrEmpty(error.Value))
        {
            var shown = Visible(error.Value.Length > MaxShownValue ? error.Value[..MaxShownValue] + "…" : error.Value);
            sb.Append("  | ").Append(shown).Append('\n');
            sb.Append("  | ").Append('^', Math.Max(1, Width(shown))).Append('\n');
        }

        return sb.ToString();
    }

    public static JsonArray Json(IEnumerable<PackageError> errors) => new([.. errors.Select(e => (JsonNode)Json(e))]);

    public static JsonObject Json(PackageError error) => new()
    {
        ["id"] = error.Id.ToString(),
        ["location"] = error.Location,
        ["row"] = error.Row,
        ["column"] = error.Column is { } c ? PackageError.ColumnLetter(c) : null,
        ["columnHeader"] = error.ColumnHeader,
        ["value"] = error.Value,
        ["message"] = error.Message,
        ["text"] = error.ToString(),
    };

    public static string JsonText(IEnumerable<PackageError> errors) =>
        Json(errors).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Control characters shown as their Unicode pictures (␀ for NUL), so the console shows what the message names.</summary>
    private static string Visible(string s) =>
        string.Concat(s.Select(c => c < ' ' ? ((char)(0x2400 + c)).ToString() : c == '\u007F' ? "␡" : c.ToString()));

    /// <summary>Columns a text takes in a terminal: East Asian wide and full-width characters take two.</summary>
    private static int Width(string s) => s.Sum(c => c >= '\u1100' && (c <= '\u115F' || c is >= '\u2E80' and <= '\uA4CF' || c is >= '\uAC00' and <= '\uD7A3'
        || c is >= '\uF900' and <= '\uFAFF' || c is >= '\uFE30' and <= '\uFE4F' || c is >= '\uFF00' and <= '\uFF60' || c is >= '\uFFE0' and <= '\uFFE6') ? 2 : 1);
}
