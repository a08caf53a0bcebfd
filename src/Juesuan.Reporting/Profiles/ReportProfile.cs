using System.Text.Json;
using System.Text.Json.Serialization;
using Juesuan.Core.Published;

namespace Juesuan.Reporting.Profiles;

/// <summary>
/// A template profile: how a province shapes the report — part order and titles, which tables with
/// which headings and numbering, the narrative style, the glossary's fixed terms. Profiles are data
/// (Profiles/*.json, embedded); a new province is a new file plus, at most, a narrative style.
/// </summary>
public sealed record ReportProfile
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> TitleLines { get; init; }

    public required IReadOnlyList<ProfilePart> Parts { get; init; }

    /// <summary>模板用语: wordings this template prescribes that the audit would otherwise warn about.</summary>
    public IReadOnlyList<TemplateWording> TemplateWordings { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The profiles shipped: every embedded Profiles/*.json.</summary>
    public static IReadOnlyList<string> Shipped { get; } = typeof(ReportProfile).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("Juesuan.Profiles.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n["Juesuan.Profiles.".Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static ReportProfile Load(string id)
    {
        if (!Shipped.Contains(id, StringComparer.Ordinal))
        {
            throw new ArgumentException($"未知的模板「{id}」，可用：{string.Join("、", Shipped)}", nameof(id));
        }

        using var stream = typeof(ReportProfile).Assembly.GetManifestResourceStream($"Juesuan.Profiles.{id}.json")
            ?? throw new InvalidOperationException($"profile {id} is missing from the build");
        return JsonSerializer.Deserialize<ReportProfile>(stream, Json) ?? throw new InvalidOperationException($"profile {id} is empty");
    }

    /// <summary>Fills {department} and {year}.</summary>
    public static string Fill(string template, string department, int year) =>
        template.Replace("{department}", department, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>One part of the report (第一部分 …).</summary>
public sealed record ProfilePart
{
    /// <summary>overview, narrative, glossary, tables or annex.</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>overview: the heading of the duties section.</summary>
    public string? Duties { get; init; }

    /// <summary>overview: the heading of the units section.</summary>
    public string? Units { get; init; }

    /// <summary>narrative: which narrative writer (liaoning, shanghai).</summary>
    public string? Style { get; init; }

    /// <summary>glossary: the layout file of fixed terms.</summary>
    public string? Terms { get; init; }

    /// <summary>glossary: "arabic" (1. 2. …) or "chinese" (一、二、…).</summary>
    public string Numbering { get; init; } = "arabic";

    /// <summary>glossary: whether one entry per 类（款）项 of the tables follows the fixed terms.</summary>
    public bool Items { get; init; } = true;

    /// <summary>
    /// tables: which tables, in order, by id (gk01 … gk09); their numbers, headings and titles in this profile are
    /// in the tables' specification (Juesuan.Core.Tables.TableSpecs).
    /// </summary>
    public IReadOnlyList<string> Tables { get; init; } = [];
}
