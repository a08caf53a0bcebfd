using Juesuan.Audit.Messages;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>C-CODES: function codes of the tables are in the catalog, with their current names.</summary>
public sealed class CodesInCatalog : IAuditRule
{
    public string Id => "C-CODES";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "表中的功能分类科目编码在目录中，名称与目录一致（不在目录中或名称过时的科目为警告）";

    public string Why => "科目编码错误或沿用旧名称，会使报表无法与其他部门、其他年度对比。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // A printed name that is part of the catalog name is a cell wrapped over two lines, not another name.
        var catalog = CatalogSet.Default.Functions;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Codes and names come first on each row, so even a table whose amounts could not be aligned is checked.
        foreach (var table in report.Tables.Where(t => PrintedTables.CodedTables.Contains(t.Kind)))
        {
            foreach (var row in table.Rows.Where(r => r.Code is not null))
            {
                var parsed = FunctionCode.Parse(row.Code);
                if (!parsed.Success || !seen.Add(row.Code! + "|" + row.Label))
                {
                    continue;
                }

                var entry = catalog.Find(parsed.Value);
                if (entry is null)
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"{PrintedTables.Name(table)} {row.Code}", TableMessages.CodeNotInCatalog(row.Code!, row.Label, catalog.Edition)) { At = row.Place };
                }
                else if (row.Label.Length > 0 && row.Label != entry.Name && !entry.Name.Contains(row.Label, StringComparison.Ordinal)
                    && PrintedNumber.TryParse(row.Label, row.Place) is null)
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"{PrintedTables.Name(table)} {row.Code}",
                        TableMessages.CodeNameDiffers(row.Code!, row.Label, catalog.Edition, entry.Name))
                    { At = row.Place };
                }
            }
        }
    }
}
