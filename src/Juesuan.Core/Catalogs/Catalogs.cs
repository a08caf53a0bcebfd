using Juesuan.Core.Model;

namespace Juesuan.Core.Catalogs;

/// <summary>How far a catalog row is confirmed (see docs/catalogs.md).</summary>
public enum CatalogStatus
{
    /// <summary>Code and name seen in a published report.</summary>
    Verified,

    /// <summary>Compiled, not checked against a published copy.</summary>
    Compiled,

    /// <summary>Compiled; exact code or wording in doubt.</summary>
    Uncertain,

    /// <summary>Added by a data package for a code newer than the shipped edition.</summary>
    PackageSupplied,
}

/// <summary>One 功能分类科目 row.</summary>
public sealed record FunctionEntry(FunctionCode Code, string Name, CatalogStatus Status);

/// <summary>One 经济分类科目 row, with its 经费性质 (人员经费 / 公用经费).</summary>
public sealed record EconomicEntry(EconomicCode Code, string Name, CostNature Nature, CatalogStatus Status);

/// <summary>名词解释 for one 项 (or a pattern for recurring 项 names).</summary>
public sealed record GlossaryEntry(string Name, string Definition);

/// <summary>支出功能分类科目 (类/款/项), one edition.</summary>
public sealed class FunctionCatalog
{
    private readonly Dictionary<string, FunctionEntry> _byCode;

    public FunctionCatalog(string edition, IEnumerable<FunctionEntry> entries)
    {
        Edition = edition;
        _byCode = entries.ToDictionary(e => e.Code.Value, StringComparer.Ordinal);
    }

    public string Edition { get; }

    public int Count => _byCode.Count;

    public IEnumerable<FunctionEntry> Entries => _byCode.Values.OrderBy(e => e.Code);

    public FunctionEntry? Find(FunctionCode code) => _byCode.GetValueOrDefault(code.Value);

    public bool Contains(FunctionCode code) => _byCode.ContainsKey(code.Value);

    /// <summary>The name of a code, or the code itself when the catalog lacks it.</summary>
    public string NameOf(FunctionCode code) => Find(code)?.Name ?? code.Value;

    /// <summary>A new catalog with package-supplied rows added (they never replace shipped rows).</summary>
    public FunctionCatalog With(IEnumerable<FunctionEntry> extra)
    {
        var all = new Dictionary<string, FunctionEntry>(_byCode, StringComparer.Ordinal);
        foreach (var e in extra)
        {
            all.TryAdd(e.Code.Value, e);
        }

        return new FunctionCatalog(Edition, all.Values);
    }
}

/// <summary>部门预算支出经济分类科目 (类/款), one edition.</summary>
public sealed class EconomicCatalog
{
    private readonly Dictionary<string, EconomicEntry> _byCode;

    public EconomicCatalog(string edition, IEnumerable<EconomicEntry> entries)
    {
        Edition = edition;
        _byCode = entries.ToDictionary(e => e.Code.Value, StringComparer.Ordinal);
    }

    public string Edition { get; }

    public IEnumerable<EconomicEntry> Entries => _byCode.Values.OrderBy(e => e.Code);

    public EconomicEntry? Find(EconomicCode code) => _byCode.GetValueOrDefault(code.Value);

    public bool Contains(EconomicCode code) => _byCode.ContainsKey(code.Value);

    public string NameOf(EconomicCode code) => Find(code)?.Name ?? code.Value;

    /// <summary>人员经费 or 公用经费, decided by the economic 类.</summary>
    public CostNature NatureOf(EconomicCode code) =>
        Find(code.Lei)?.Nature ?? (code.Lei.Value is "301" or "303" ? CostNature.Personnel : CostNature.Public);
}

/// <summary>The catalogs of one edition, shipped inside the assembly.</summary>
public sealed class CatalogSet
{
    public const string DefaultEdition = "2024";

    private static readonly Lazy<CatalogSet> Shipped2024 = new(() => LoadEmbedded("2024"));

    public required FunctionCatalog Functions { get; init; }

    public required EconomicCatalog Economics { get; init; }

    /// <summary>名词解释 per 项 code, as printed.</summary>
    public required IReadOnlyDictionary<string, GlossaryEntry> FunctionGlossary { get; init; }

    /// <summary>Standard 说明 for 项 names recurring under many 款 (行政运行, 事业运行, …).</summary>
    public required IReadOnlyDictionary<string, string> GlossaryPatterns { get; init; }

    public string Edition => Functions.Edition;

    /// <summary>The editions shipped. 2025 reuses the 2024 lists (see docs/catalogs.md).</summary>
    public static IReadOnlyList<string> Editions { get; } = ["2024", "2025"];

    public static bool TryGet(string edition, out CatalogSet catalogs)
    {
        if (edition is "2024" or "2025" or "2024-2025")
        {
            catalogs = Shipped2024.Value;
            return true;
        }

        catalogs = null!;
        return false;
    }

    public static CatalogSet Default => Shipped2024.Value;

    /// <summary>The glossary definition of a 项: its own entry, else the pattern for its name.</summary>
    public string? DefinitionOf(FunctionCode code)
    {
        if (FunctionGlossary.TryGetValue(code.Value, out var g))
        {
            return g.Definition;
        }

        var name = Functions.Find(code)?.Name;
        return name is not null && GlossaryPatterns.TryGetValue(name, out var d) ? d : null;
    }

    private static CatalogSet LoadEmbedded(string edition)
    {
        var functions = Rows($"function-classification-{edition}.csv")
            .Select(r => new FunctionEntry(FunctionCode.Of(r["code"]), r["name"], ParseStatus(r["status"])));
        var economics = Rows($"economic-classification-{edition}.csv")
            .Select(r => new EconomicEntry(
                EconomicCode.Of(r["code"]),
                r["name"],
                r["nature"] == "人员经费" ? CostNature.Personnel : CostNature.Public,
                ParseStatus(r["status"])));
        var glossary = Rows($"function-glossary-{edition}.csv")
            .ToDictionary(r => r["code"], r => new GlossaryEntry(r["name"], r["definition"]), StringComparer.Ordinal);
        var patterns = Rows($"function-glossary-patterns-{edition}.csv")
            .ToDictionary(r => r["xiang_name"], r => r["definition"], StringComparer.Ordinal);
        return new CatalogSet
        {
            Functions = new FunctionCatalog(edition, functions),
            Economics = new EconomicCatalog(edition, economics),
            FunctionGlossary = glossary,
            GlossaryPatterns = patterns,
        };
    }

    private static CatalogStatus ParseStatus(string s) => s switch
    {
        "verified" => CatalogStatus.Verified,
        "uncertain" => CatalogStatus.Uncertain,
        _ => CatalogStatus.Compiled,
    };

    private static IEnumerable<Dictionary<string, string>> Rows(string resource)
    {
        var asm = typeof(CatalogSet).Assembly;
        using var stream = asm.GetManifestResourceStream("Juesuan.Catalogs." + resource)
            ?? throw new InvalidOperationException($"catalog resource {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        var records = CsvText.Parse(reader.ReadToEnd());
        var header = records[0].Fields;
        return records.Skip(1)
            .Select(r => header.Select((h, i) => (h, v: i < r.Fields.Length ? r.Fields[i] : string.Empty))
                .ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal))
            .ToList();
    }
}
