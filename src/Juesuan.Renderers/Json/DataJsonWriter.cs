using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Juesuan.Core.Model;
using Juesuan.Reporting.Tables;

namespace Juesuan.Renderers.Json;

/// <summary>
/// data.json: the facts and every computed table, machine-readable (docs/data-package.md, "data.json").
/// Amounts are yuan as JSON numbers with two decimals; printed table cells keep their text.
/// </summary>
public static class DataJsonWriter
{
    public const string SchemaVersion = "juesuan.data/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(FinalAccounts a, IReadOnlyList<DisclosureTable> tables, JsonNode? findings = null)
    {
        var root = new JsonObject
        {
            ["schema"] = SchemaVersion,
            ["department"] = new JsonObject
            {
                ["code"] = a.Department.Code,
                ["name"] = a.Department.Name,
                ["region"] = a.Department.Region,
                ["fullName"] = a.Department.FullName,
                ["year"] = a.Year.Value,
                ["catalogEdition"] = a.Department.CatalogEdition,
            },
            ["units"] = Array(a.Units, u => new JsonObject { ["code"] = u.Code, ["name"] = u.Name, ["type"] = u.Type.Name() }),
            ["facts"] = new JsonObject
            {
                ["income"] = Array(a.Income, i => new JsonObject
                {
                    ["unit"] = i.UnitCode,
                    ["type"] = i.Type.Name(),
                    ["function"] = i.Function.Value,
                    ["amount"] = i.Amount.Value,
                }),
                ["expenditure"] = Array(a.Expenditure, e => new JsonObject
                {
                    ["unit"] = e.UnitCode,
                    ["function"] = e.Function.Value,
                    ["economic"] = e.Economic.Value,
                    ["fund"] = e.Fund.Name(),
                    ["type"] = e.Type.Name(),
                    ["project"] = e.Project,
                    ["amount"] = e.Amount.Value,
                }),
                ["balances"] = Array(a.Balances, b => new JsonObject
                {
                    ["unit"] = b.UnitCode,
                    ["fund"] = b.Fund.Name(),
                    ["item"] = b.Item.Name(),
                    ["function"] = b.Function?.Value,
                    ["amount"] = b.Amount.Value,
                }),
                ["initialBudget"] = Array(a.InitialBudget, b => new JsonObject
                {
                    ["unit"] = b.UnitCode,
                    ["function"] = b.Function.Value,
                    ["fund"] = b.Fund.Name(),
                    ["type"] = b.Type.Name(),
                    ["project"] = b.Project,
                    ["amount"] = b.Amount.Value,
                }),
                ["priorYear"] = Array(a.PriorYear, p => new JsonObject { ["key"] = p.Key, ["amount"] = p.Amount.Value }),
                ["threePublic"] = Array(a.ThreePublic, t => new JsonObject
                {
                    ["unit"] = t.UnitCode,
                    ["category"] = t.Category.Name(),
                    ["budget"] = t.Budget.Value,
                    ["actual"] = t.Actual.Value,
                    ["batches"] = t.Batches,
                    ["persons"] = t.Persons,
                }),
                ["procurement"] = Array(a.Procurement, p => new JsonObject
                {
                    ["unit"] = p.UnitCode,
                    ["category"] = p.Category.Name(),
                    ["total"] = p.Total.Value,
                    ["toSme"] = p.ToSme.Value,
                    ["toSmallAndMicro"] = p.ToSmallAndMicro.Value,
                }),
                ["vehicles"] = Array(a.Vehicles, v => new JsonObject
                {
                    ["unit"] = v.UnitCode,
                    ["category"] = v.Category.Name(),
                    ["count"] = v.Count,
                    ["note"] = v.Note,
                }),
                ["equipment"] = Array(a.Equipment, e => new JsonObject { ["unit"] = e.UnitCode, ["name"] = e.Name, ["count"] = e.Count }),
            },
            ["tables"] = Array(tables, TableNode),
        };
        if (findings is not null)
        {
            root["findings"] = findings;
        }

        return root.ToJsonString(Options) + "\n";
    }

    public static JsonObject TableNode(DisclosureTable t) => new()
    {
        ["id"] = t.Id,
        ["number"] = t.Number,
        ["title"] = t.Title,
        ["department"] = t.DepartmentName,
        ["year"] = t.Year.Value,
        ["amountUnit"] = t.AmountUnit,
        ["columnCount"] = t.ColumnCount,
        ["header"] = Array(t.Header, h => new JsonObject
        {
            ["row"] = h.Row,
            ["column"] = h.Column,
            ["text"] = h.Text,
            ["rowSpan"] = h.RowSpan,
            ["colSpan"] = h.ColSpan,
        }),
        ["rows"] = Array(t.Rows, r => new JsonObject
        {
            ["kind"] = r.Kind.ToString().ToLowerInvariant(),
            ["code"] = r.Code,
            ["cells"] = Array(r.Cells, c =>
            {
                var o = new JsonObject { ["text"] = c.Text };
                if (c.Kind == CellKind.Amount && c.Amount is { } y)
                {
                    o["yuan"] = y.Value;
                    o["printed"] = c.Printed;
                }

                if (c.ColSpan > 1)
                {
                    o["colSpan"] = c.ColSpan;
                }

                return o;
            }),
        }),
        ["notes"] = new JsonArray(t.Notes.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
        ["isEmpty"] = t.IsEmpty,
    };

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode> map) => new(items.Select(i => (JsonNode?)map(i)).ToArray());
}
