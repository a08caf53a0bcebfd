using System.Globalization;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Package;
using Juesuan.Core.Performance;

namespace Juesuan.Readers.Package;

/// <summary>
/// Reads a data package — a folder of CSV files or an XLSX workbook — into <see cref="FinalAccounts"/>.
/// All-or-nothing: every problem in every sheet is collected and, if there is any, no facts are returned.
/// </summary>
public static class PackageReader
{
    /// <summary>Opens a folder (CSV) or a .xlsx file.</summary>
    public static PackageReadResult Read(string path, FiscalYear? expectedYear = null)
    {
        IPackageSource source;
        try
        {
            source = Open(path);
        }
        catch (PackageSourceException ex)
        {
            return Fail(ex.ToError(path));
        }

        return Read(source, expectedYear);
    }

    public static IPackageSource Open(string path)
    {
        if (Directory.Exists(path))
        {
            return new CsvPackageSource(path);
        }

        if (File.Exists(path))
        {
            if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                return XlsxPackageSource.Open(path);
            }

            throw new PackageSourceException(InputMessages.PackageKindUnknown(System.IO.Path.GetFileName(path)));
        }

        throw new PackageSourceException(InputMessages.PackageNotFound(path));
    }

    public static PackageReadResult Read(IPackageSource source, FiscalYear? expectedYear = null)
    {
        var ctx = new Context();
        try
        {
            return ReadAll(source, expectedYear, ctx);
        }
        catch (PackageSourceException ex)
        {
            return Fail(ex.ToError(source.Path));
        }
    }

    private static PackageReadResult Fail(PackageError e) => new(null, null, [e]);

    /// <summary>A row of a child sheet tied to its parent's id.</summary>
    private sealed record Linked<T>(string Id, T Item);

    private sealed class Context
    {
        public List<PackageError> Errors { get; } = [];

        public HashSet<string> Units { get; } = new(StringComparer.Ordinal);

        public CatalogSet Catalogs { get; set; } = CatalogSet.Default;

        public FunctionCatalog Functions { get; set; } = CatalogSet.Default.Functions;

        public FiscalYear? Year { get; set; }

        /// <summary>Rows holding a cell that cannot be read at all (control characters, too long): reported once, not parsed.</summary>
        public HashSet<(string Location, int Row)> Unreadable { get; } = [];

        public void Add(string location, int? row, int? column, string? header, string? value, InputMessage message) =>
            Errors.Add(new PackageError(message.Id, location, row, column, header, value, message.Text));
    }

    private static PackageReadResult ReadAll(IPackageSource source, FiscalYear? expectedYear, Context ctx)
    {
        var sheets = PackageFormat.Sheets.ToDictionary(s => s.Key, s => source.Read(s), StringComparer.Ordinal);
        foreach (var s in PackageFormat.Sheets.Where(s => s.Required && sheets[s.Key] is null))
        {
            ctx.Add(source.IsWorkbook ? $"工作簿 {System.IO.Path.GetFileName(source.Path)}" : source.Path, null, null, null, null,
                source.IsWorkbook ? InputMessages.SheetMissing(s.SheetName, s.Purpose) : InputMessages.FileMissing(s.FileName, s.Purpose));
        }

        foreach (var sheet in sheets.Values.OfType<RawSheet>())
        {
            CheckCells(sheet, ctx);
        }

        var department = sheets["manifest"] is { } m ? ReadManifest(m, ctx) : null;
        if (department is not null && expectedYear is { } y && department.Year != y)
        {
            ctx.Add(Where(sheets["manifest"]!), null, null, PackageFormat.ManifestYear, department.Year.ToString(),
                InputMessages.PackageYearMismatch(department.Year.ToString(), y.ToString()));
        }

        // Catalog additions before any coded sheet is read.
        var additions = Rows(sheets["catalog_additions"], ctx, (r, c) =>
        {
            var code = c.Function(r, 0, any: true, mustExist: false);
            var name = c.Text(r, 1);
            return code is null || name is null ? null : new FunctionEntry(code.Value, name, CatalogStatus.PackageSupplied);
        });
        ctx.Functions = ctx.Catalogs.Functions.With(additions.Select(a => a.Item));

        var units = Rows(sheets["units"], ctx, (r, c) =>
        {
            var code = c.Text(r, 0);
            var name = c.Text(r, 1);
            var type = c.Choice(r, 2, Terms.UnitTypes);
            return code is null || name is null || type is null ? null : new BudgetUnit(code, name, type.Value);
        });
        Duplicates(sheets["units"], units, u => u.Code, ctx);

        // Every code typed in the units sheet counts as known, even on a row with another error,
        // so one mistake there is reported once rather than on every fact of that unit.
        foreach (var row in sheets["units"]?.Rows.Skip(1).Where(r => !r.IsBlank && !r.IsExample) ?? [])
        {
            var code = row.Cell(UnitCodeColumn(sheets["units"]!)).Trim();
            if (code.Length > 0)
            {
                ctx.Units.Add(code);
            }
        }

        var income = Rows(sheets["income"], ctx, (r, c) =>
        {
            var unit = c.Unit(r, 0);
            var type = c.Choice(r, 1, Terms.IncomeTypes);
            var f = c.Function(r, 2);
            var amount = c.Amount(r, 3);
            return unit is null || type is null || f is null || amount is null ? null
                : new IncomeFact(unit, type.Value, f.Value, amount.Value) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["income"], income, i => $"{i.UnitCode}|{i.Type}|{i.Function}", ctx);

        var expenditure = Rows(sheets["expenditure"], ctx, (r, c) =>
        {
            var unit = c.Unit(r, 0);
            var f = c.Function(r, 1);
            var e = c.Economic(r, 2);
            var fund = c.Choice(r, 3, Terms.FundSources);
            var type = c.Choice(r, 4, Terms.ExpenditureTypes);
            var project = c.Optional(r, 5);
            var amount = c.Amount(r, 6);
            return unit is null || f is null || e is null || fund is null || type is null || amount is null ? null
                : new ExpenditureFact(unit, f.Value, e.Value, fund.Value, type.Value, project, amount.Value) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["expenditure"], expenditure, e => $"{e.UnitCode}|{e.Function}|{e.Economic}|{e.Fund}|{e.Type}|{e.Project}", ctx);

        var balances = Rows(sheets["balances"], ctx, (r, c) =>
        {
            var unit = c.Unit(r, 0);
            var fund = c.Choice(r, 1, Terms.FundSources);
            var item = c.Choice(r, 2, Terms.BalanceItems);
            FunctionCode? f = null;
            if (!string.IsNullOrWhiteSpace(c.Cell(r, 3)) || fund == FundSource.GovernmentFund)
            {
                f = c.Function(r, 3);
                if (f is null)
                {
                    return null;
                }
            }

            var amount = c.Amount(r, 4);
            return unit is null || fund is null || item is null || amount is null ? null
                : new BalanceFact(unit, fund.Value, item.Value, f, amount.Value) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["balances"], balances, b => $"{b.UnitCode}|{b.Fund}|{b.Item}|{b.Function}", ctx);

        var budget = Rows(sheets["budget"], ctx, (r, c) =>
        {
            var unit = c.Unit(r, 0);
            var f = c.Function(r, 1);
            var fund = c.Choice(r, 2, Terms.FundSources);
            var type = c.Choice(r, 3, Terms.ExpenditureTypes);
            var project = c.Optional(r, 4);
            var amount = c.Amount(r, 5);
            return unit is null || f is null || fund is null || type is null || amount is null ? null
                : new InitialBudgetFact(unit, f.Value, fund.Value, type.Value, project, amount.Value) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["budget"], budget, b => $"{b.UnitCode}|{b.Function}|{b.Fund}|{b.Type}|{b.Project}", ctx);

        var prior = Rows(sheets["prior_year"], ctx, (r, c) =>
        {
            var key = c.Choice(r, 0, PriorYearKeys.All.Select(k => (k, k)).ToList());
            var amount = c.Amount(r, 1);
            return key is null || amount is null ? null : new PriorYearFigure(key, amount.Value) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["prior_year"], prior, p => p.Key, ctx);

        var threePublic = Rows(sheets["three_public"], ctx, (r, c) =>
        {
            var unit = c.Unit(r, 0);
            var category = c.Choice(r, 1, Terms.ThreePublicCategories);
            var budgetAmount = c.Amount(r, 2);
            var actual = c.Amount(r, 3);
            var batches = c.Count(r, 4);
            var persons = c.Count(r, 5);
            return unit is null || category is null || budgetAmount is null || actual is null || batches is null || persons is null ? null
                : new ThreePublicFact(unit, category.Value, budgetAmount.Value, actual.Value, batches.Value, persons.Value) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["three_public"], threePublic, t => $"{t.UnitCode}|{t.Category}", ctx);

        var procurement = Rows(sheets["procurement"], ctx, (r, c) =>
        {
            var unit = c.Unit(r, 0);
            var category = c.Choice(r, 1, Terms.ProcurementCategories);
            var total = c.Amount(r, 2);
            var sme = c.Amount(r, 3);
            var small = c.Amount(r, 4);
            return unit is null || category is null || total is null || sme is null || small is null ? null
                : new ProcurementFact(unit, category.Value, total.Value, sme.Value, small.Value) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["procurement"], procurement, p => $"{p.UnitCode}|{p.Category}", ctx);

        var vehicles = Rows(sheets["vehicles"], ctx, (r, c) =>
        {
            var unit = c.Unit(r, 0);
            var category = c.Choice(r, 1, Terms.VehicleCategories);
            var count = c.Count(r, 2, required: true);
            var note = c.Optional(r, 3);
            return unit is null || category is null || count is null ? null
                : new VehicleHolding(unit, category.Value, count.Value, note) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["vehicles"], vehicles, v => $"{v.UnitCode}|{v.Category}", ctx);

        var equipment = Rows(sheets["equipment"], ctx, (r, c) =>
        {
            var unit = c.Unit(r, 0);
            var name = c.Text(r, 1);
            var count = c.Count(r, 2, required: true);
            return unit is null || name is null || count is null ? null
                : new EquipmentHolding(unit, name, count.Value) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["equipment"], equipment, e => $"{e.UnitCode}|{e.Name}", ctx);

        var narrative = Rows(sheets["narrative"], ctx, (r, c) =>
        {
            var item = c.Text(r, 0);
            var kind = c.Choice(r, 1, NarrativeKinds.All.Select(k => (k, k)).ToList());
            var text = c.Text(r, 2);
            return item is null || kind is null || text is null ? null : new NarrativeText(item, kind, text) { Source = c.SourceOf(r) };
        });
        Duplicates(sheets["narrative"], narrative.Where(n => n.Item.Kind != NarrativeKinds.Paragraph).ToList(), n => $"{n.Item}|{n.Kind}", ctx);

        var evaluations = Rows(sheets["performance_evaluations"], ctx, (r, c) =>
        {
            var id = c.Text(r, 0);
            var kind = c.Choice(r, 1, PackageFormat.EvaluationKinds.Select(k => (k, k)).ToList());
            var unit = c.Unit(r, 2);
            var name = c.Text(r, 3);
            var fund = c.Choice(r, 4, Terms.FundSources);
            var budgetAmount = c.Amount(r, 5);
            var executed = c.Amount(r, 6);
            var deduction = c.Score(r, 7, required: false);
            return id is null || kind is null || unit is null || name is null || fund is null || budgetAmount is null || executed is null || deduction is null
                ? null
                : new Evaluation(id, kind == "单位" ? EvaluationKind.Unit : EvaluationKind.Project, unit, name, fund.Value, budgetAmount.Value, executed.Value, deduction.Value)
                {
                    Goal = c.Optional(r, 8) ?? string.Empty,
                    Achieved = c.Optional(r, 9) ?? string.Empty,
                    Summary = c.Optional(r, 10) ?? string.Empty,
                    Problems = c.Optional(r, 11) ?? string.Empty,
                    Improvements = c.Optional(r, 12) ?? string.Empty,
                    Source = c.SourceOf(r),
                };
        });
        Duplicates(sheets["performance_evaluations"], evaluations, e => e.Id, ctx);
        var evaluationIds = evaluations.Select(e => e.Item.Id).ToHashSet(StringComparer.Ordinal);

        var indicators = Rows(sheets["performance_indicators"], ctx, (r, c) =>
        {
            var id = c.Evaluation(r, 0, evaluationIds);
            var order = c.Count(r, 1, required: true);
            var name = c.Text(r, 4);
            var target = c.Text(r, 6);
            var actual = c.Text(r, 8);
            var weight = c.Score(r, 10, required: true);
            var score = c.Score(r, 11, required: true);
            return id is null || order is null || name is null || target is null || actual is null || weight is null || score is null ? null
                : new Linked<Indicator>(id, new Indicator(order.Value, c.Optional(r, 2) ?? string.Empty, c.Optional(r, 3) ?? string.Empty, name, c.Optional(r, 5) ?? string.Empty,
                    target, c.Optional(r, 7) ?? string.Empty, actual, c.Optional(r, 9) ?? string.Empty, weight.Value, score.Value)
                { Source = c.SourceOf(r) });
        });
        Duplicates(sheets["performance_indicators"], indicators, i => $"{i.Id}|{i.Item.Order}", ctx);

        var tasks = Rows(sheets["performance_tasks"], ctx, (r, c) =>
        {
            var id = c.Evaluation(r, 0, evaluationIds);
            var order = c.Count(r, 1, required: true);
            var name = c.Text(r, 2);
            var assigned = c.Amount(r, 3);
            var executed = c.Amount(r, 4);
            var weight = c.Score(r, 5, required: true);
            var score = c.Score(r, 6, required: true);
            return id is null || order is null || name is null || assigned is null || executed is null || weight is null || score is null ? null
                : new Linked<EvaluationTask>(id, new EvaluationTask(order.Value, name, assigned.Value, executed.Value, weight.Value, score.Value) { Source = c.SourceOf(r) });
        });
        Duplicates(sheets["performance_tasks"], tasks, t => $"{t.Id}|{t.Item.Order}", ctx);

        RequireFacts(sheets, ctx);
        if (ctx.Errors.Count > 0 || department is null)
        {
            return new PackageReadResult(null, null, ctx.Errors);
        }

        var catalogs = new CatalogSet
        {
            Functions = ctx.Functions,
            Economics = ctx.Catalogs.Economics,
            FunctionGlossary = ctx.Catalogs.FunctionGlossary,
            GlossaryPatterns = ctx.Catalogs.GlossaryPatterns,
        };
        var accounts = new FinalAccounts
        {
            Department = department,
            Units = units.Select(u => u.Item).ToList(),
            Income = income.Select(x => x.Item).ToList(),
            Expenditure = expenditure.Select(x => x.Item).ToList(),
            Balances = balances.Select(x => x.Item).ToList(),
            InitialBudget = budget.Select(x => x.Item).ToList(),
            PriorYear = prior.Select(x => x.Item).ToList(),
            ThreePublic = threePublic.Select(x => x.Item).ToList(),
            Procurement = procurement.Select(x => x.Item).ToList(),
            Vehicles = vehicles.Select(x => x.Item).ToList(),
            Equipment = equipment.Select(x => x.Item).ToList(),
            Narrative = narrative.Select(x => x.Item).ToList(),
            Evaluations = evaluations.Select(x => x.Item with
            {
                Indicators = indicators.Where(i => i.Item.Id == x.Item.Id).Select(i => i.Item.Item).OrderBy(i => i.Order).ToList(),
                Tasks = tasks.Where(t => t.Item.Id == x.Item.Id).Select(t => t.Item.Item).OrderBy(t => t.Order).ToList(),
            }).ToList(),
        };
        return new PackageReadResult(accounts, catalogs, []);
    }

    /// <summary>
    /// Every cell of a sheet, header included, before anything is parsed: no control or XML-invalid character (a NUL
    /// in a unit name would be published and break the Word file for good), nothing longer than Excel lets a cell hold.
    /// </summary>
    private static void CheckCells(RawSheet sheet, Context ctx)
    {
        var header = sheet.Rows.Count > 0 ? sheet.Rows[0] : null;
        var prose = ProseSheets.Contains(sheet.Sheet.Key) ? 0L : long.MinValue;
        foreach (var row in sheet.Rows)
        {
            // Prose becomes lines of the report, which the audit reads with patterns whose cost grows with a line's
            // length: the whole of a prose sheet is bounded, not only each cell.
            if (prose >= 0 && !ReferenceEquals(row, header))
            {
                prose += row.Cells.Sum(c => c.Length > InputMessages.MaxCellLength ? 0L : c.Length); // a cell over its own limit is reported as such
                if (prose > InputMessages.MaxProseCharacters)
                {
                    ctx.Add(Where(sheet), row.Number, null, null, null, InputMessages.SheetTextTooLong(sheet.Sheet.SheetName, InputMessages.MaxProseCharacters));
                    prose = long.MinValue;
                }
            }

            for (var k = 0; k < row.Cells.Count; k++)
            {
                var text = row.Cells[k];
                var problem = text.Length > InputMessages.MaxCellLength ? InputMessages.TextTooLong(text.Length)
                    : FirstInvalidCharacter(text) is { } at ? InputMessages.InvalidCharacter(text[at], at + 1)
                    : (InputMessage?)null;
                if (problem is { } message)
                {
                    var name = header is null || ReferenceEquals(row, header) ? null : header.Cell(k).Trim();
                    ctx.Add(Where(sheet), row.Number, k, name is { Length: > 0 and <= 40 } ? name : null, null, message);
                    ctx.Unreadable.Add((sheet.Location, row.Number));
                }
            }
            // In a CSV file a comma left unquoted (1,500.00) shifts the rest of the row: a typed cell right of the header is refused, not ignored.
            if (!sheet.IsWorkbook && header is not null && !ReferenceEquals(row, header) && row.Cells.Count > header.Cells.Count
                && !ctx.Unreadable.Contains((sheet.Location, row.Number)))
            {
                var extra = Enumerable.Range(header.Cells.Count, row.Cells.Count - header.Cells.Count).FirstOrDefault(k => row.Cells[k].Trim().Length > 0, -1);
                if (extra >= 0)
                {
                    ctx.Add(Where(sheet), row.Number, extra, null, row.Cells[extra], InputMessages.CellsBeyondHeader(row.Cells.Count, header.Cells.Count, row.Cells[extra]));
                    ctx.Unreadable.Add((sheet.Location, row.Number));
                }
            }
        }
    }

    private static readonly HashSet<string> ProseSheets = new(["narrative", "performance_evaluations", "performance_indicators", "performance_tasks"], StringComparer.Ordinal);

    /// <summary>The index of the first character XML cannot carry or a report should not print (C0/C1 controls but tab and line breaks, U+FFFE, U+FFFF, a lone surrogate), or null.</summary>
    internal static int? FirstInvalidCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>A package is a year of some unit's money: at least one unit, and income or expenditure facts (the untouched template has neither).</summary>
    private static void RequireFacts(Dictionary<string, RawSheet?> sheets, Context ctx)
    {
        static bool Typed(RawSheet? s) => s?.Rows.Skip(1).Any(r => !r.IsBlank && !r.IsExample) ?? false;
        if (sheets["units"] is { } units && !Typed(units))
        {
            ctx.Add(Where(units), null, null, null, null, InputMessages.NoUnits(units.Sheet.SheetName));
        }

        if (sheets["income"] is { } income && sheets["expenditure"] is { } expenditure && !Typed(income) && !Typed(expenditure))
        {
            ctx.Add(Where(income), null, null, null, null, InputMessages.NoFacts(income.Sheet.SheetName, expenditure.Sheet.SheetName));
        }
    }

    private static int UnitCodeColumn(RawSheet units)
    {
        var header = units.Rows.Count == 0 ? [] : units.Rows[0].Cells;
        var at = header.ToList().FindIndex(h => h.Trim() == "单位编码" || string.Equals(h.Trim(), "code", StringComparison.OrdinalIgnoreCase));
        return Math.Max(at, 0);
    }

    private static string Where(RawSheet sheet) => sheet.IsWorkbook ? $"工作表「{sheet.Sheet.SheetName}」" : sheet.Location;

    private static Department? ReadManifest(RawSheet sheet, Context ctx)
    {
        var where = Where(sheet);
        var values = new Dictionary<string, (string Value, int Row)>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows.Skip(1).Where(r => !r.IsBlank && !r.IsExample && !ctx.Unreadable.Contains((sheet.Location, r.Number))))
        {
            var key = row.Cell(0).Trim();
            if (key.Length == 0)
            {
                continue;
            }

            if (!PackageFormat.ManifestFields.Any(f => f.Field == key))
            {
                ctx.Add(where, row.Number, 0, "项目", key, InputMessages.ManifestFieldUnknown(key, PackageFormat.ManifestFields.Select(f => f.Field)));
                continue;
            }

            if (values.TryGetValue(key, out var first))
            {
                ctx.Add(where, row.Number, 0, "项目", key, InputMessages.DuplicateManifestField(key, first.Row));
                continue;
            }

            values[key] = (row.Cell(1).Trim(), row.Number);
        }

        foreach (var (field, required, _) in PackageFormat.ManifestFields)
        {
            if (required && (!values.TryGetValue(field, out var v) || v.Value.Length == 0))
            {
                ctx.Add(where, values.TryGetValue(field, out var at) ? at.Row : null, 1, "内容", null, InputMessages.ManifestFieldMissing(field));
            }
        }

        FiscalYear? year = null;
        if (values.TryGetValue(PackageFormat.ManifestYear, out var yv) && yv.Value.Length > 0)
        {
            var parsed = FiscalYear.Parse(yv.Value);
            if (parsed.Success)
            {
                year = parsed.Value;
            }
            else
            {
                ctx.Add(where, yv.Row, 1, PackageFormat.ManifestYear, yv.Value, new InputMessage(parsed.Error!.Value, parsed.Message!));
            }
        }

        if (values.TryGetValue(PackageFormat.ManifestCatalogEdition, out var ev) && ev.Value.Length > 0)
        {
            if (CatalogSet.TryGet(ev.Value, out var catalogs))
            {
                ctx.Catalogs = catalogs;
                ctx.Functions = catalogs.Functions;
            }
            else
            {
                ctx.Add(where, ev.Row, 1, PackageFormat.ManifestCatalogEdition, ev.Value, InputMessages.CatalogEditionUnsupported(ev.Value, CatalogSet.Editions));
            }
        }

        if (values.TryGetValue(PackageFormat.ManifestFormatVersion, out var fv) && fv.Value.Length > 0 && fv.Value != PackageFormat.FormatVersion)
        {
            ctx.Add(where, fv.Row, 1, PackageFormat.ManifestFormatVersion, fv.Value, InputMessages.FormatVersionUnsupported(fv.Value, PackageFormat.FormatVersion));
        }

        ctx.Year = year;
        string Get(string k) => values.TryGetValue(k, out var v) ? v.Value : string.Empty;
        return year is null || Get(PackageFormat.ManifestDepartmentName).Length == 0 || Get(PackageFormat.ManifestRegion).Length == 0
            ? null
            : new Department(Get(PackageFormat.ManifestDepartmentCode), Get(PackageFormat.ManifestDepartmentName),
                Get(PackageFormat.ManifestRegion), year.Value, Get(PackageFormat.ManifestCatalogEdition));
    }

    /// <summary>Reads the data rows of a sheet with <paramref name="parse"/>, which reports into the row context.</summary>
    private static List<(RawRow Row, T Item)> Rows<T>(RawSheet? sheet, Context ctx, Func<RawRow, RowReader, T?> parse)
        where T : class
    {
        var result = new List<(RawRow, T)>();
        if (sheet is null)
        {
            return result;
        }

        var reader = RowReader.Create(sheet, ctx);
        if (reader is null)
        {
            return result;
        }

        foreach (var row in sheet.Rows.Skip(1))
        {
            if (row.IsBlank || row.IsExample || ctx.Unreadable.Contains((sheet.Location, row.Number)))
            {
                continue;
            }

            var before = ctx.Errors.Count;
            reader.CheckYear(row);
            var item = parse(row, reader);
            if (item is not null && ctx.Errors.Count == before)
            {
                result.Add((row, item));
            }
        }

        return result;
    }

    private static void Duplicates<T>(RawSheet? sheet, List<(RawRow Row, T Item)> rows, Func<T, string> key, Context ctx)
    {
        if (sheet is null)
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, item) in rows)
        {
            var k = key(item);
            if (seen.TryGetValue(k, out var first))
            {
                ctx.Add(Where(sheet), row.Number, null, null, k.Replace('|', ' '), InputMessages.DuplicateRow(first,
                    sheet.Sheet.Columns.Where(c => c.Kind != ColumnKind.Amount && c.Kind != ColumnKind.Count && c.Alias != "note").Select(c => c.Header)));
            }
            else
            {
                seen[k] = row.Number;
            }
        }
    }

    /// <summary>Parses the cells of one sheet's rows, mapping schema columns to the sheet's actual columns.</summary>
    private sealed class RowReader
    {
        private readonly RawSheet _sheet;
        private readonly Context _ctx;
        private readonly int[] _map;
        private readonly int _yearColumn;
        private readonly Dictionary<int, decimal> _sums = [];
        private readonly HashSet<int> _sumRefused = [];

        private RowReader(RawSheet sheet, Context ctx, int[] map, int yearColumn)
        {
            _sheet = sheet;
            _ctx = ctx;
            _map = map;
            _yearColumn = yearColumn;
        }

        public static RowReader? Create(RawSheet sheet, Context ctx)
        {
            var where = Where(sheet);
            if (sheet.Rows.Count == 0)
            {
                ctx.Add(where, 1, null, null, null, InputMessages.HeaderRowMissing());
                return null;
            }

            var header = sheet.Rows[0];
            var names = header.Cells.Select(Normalize).ToList();
            var map = new int[sheet.Sheet.Columns.Count];
            var ok = true;
            for (var i = 0; i < sheet.Sheet.Columns.Count; i++)
            {
                var col = sheet.Sheet.Columns[i];
                var at = names.FindIndex(n => n == Normalize(col.Header) || string.Equals(n, col.Alias, StringComparison.OrdinalIgnoreCase));
                map[i] = at;
                if (at < 0 && col.Required)
                {
                    ctx.Add(where, header.Number, null, col.Header, null, InputMessages.ColumnMissing(col.Header, col.Help));
                    ok = false;
                }
            }

            var yearColumn = names.FindIndex(n => n == "年度" || string.Equals(n, "year", StringComparison.OrdinalIgnoreCase));
            return ok ? new RowReader(sheet, ctx, map, yearColumn) : null;
        }

        private static string Normalize(string s) =>
            s.Trim().Replace('(', '（').Replace(')', '）').Replace(" ", string.Empty, StringComparison.Ordinal);

        public SourceRef SourceOf(RawRow row) =>
            _sheet.IsWorkbook ? new SourceRef(_sheet.Location, row.Number, _sheet.Sheet.SheetName) : new SourceRef(_sheet.Location, row.Number);

        public string Cell(RawRow row, int column) => _map[column] < 0 ? string.Empty : row.Cell(_map[column]).Trim();

        private void Error(RawRow row, int column, string? value, InputMessage message) =>
            _ctx.Add(Where(_sheet), row.Number, _map[column] < 0 ? null : _map[column], _sheet.Sheet.Columns[column].Header, value, message);

        private static InputMessage Failed<T>(ParseResult<T> parsed) => new(parsed.Error!.Value, parsed.Message!);

        public void CheckYear(RawRow row)
        {
            if (_yearColumn < 0 || _ctx.Year is not { } year)
            {
                return;
            }

            var text = row.Cell(_yearColumn).Trim();
            if (text.Length == 0)
            {
                return;
            }

            var parsed = FiscalYear.Parse(text);
            if (!parsed.Success || parsed.Value != year)
            {
                _ctx.Add(Where(_sheet), row.Number, _yearColumn, "年度", text, InputMessages.RowYearMismatch(text, year.ToString()));
            }
        }

        private string? Required(RawRow row, int column)
        {
            var s = Cell(row, column);
            if (s.Length == 0)
            {
                Error(row, column, null, InputMessages.ValueMissing(_sheet.Sheet.Columns[column].Header));
                return null;
            }

            return s;
        }

        public string? Text(RawRow row, int column) => Required(row, column);

        public string? Optional(RawRow row, int column)
        {
            var s = Cell(row, column);
            return s.Length == 0 ? null : s;
        }

        public string? Unit(RawRow row, int column)
        {
            var s = Required(row, column);
            if (s is not null && !_ctx.Units.Contains(s))
            {
                Error(row, column, s, InputMessages.UnitUnknown(s));
                return null;
            }

            return s;
        }

        public T? Choice<T>(RawRow row, int column, IReadOnlyList<(T Value, string Name)> choices)
            where T : struct
        {
            var s = Required(row, column);
            if (s is null)
            {
                return null;
            }

            if (Terms.TryParse(choices, s, out var v))
            {
                return v;
            }

            Error(row, column, s, InputMessages.ValueNotInList(s, choices.Select(c => c.Name)));
            return null;
        }

        public string? Choice(RawRow row, int column, IReadOnlyList<(string Value, string Name)> choices)
        {
            var s = Required(row, column);
            if (s is null)
            {
                return null;
            }

            var hit = choices.FirstOrDefault(c => c.Name == s);
            if (hit.Name is not null)
            {
                return hit.Value;
            }

            Error(row, column, s, InputMessages.ValueNotInList(s, choices.Select(c => c.Name)));
            return null;
        }

        public FunctionCode? Function(RawRow row, int column, bool any = false, bool mustExist = true)
        {
            var s = Required(row, column);
            if (s is null)
            {
                return null;
            }

            var parsed = FunctionCode.Parse(s);
            if (!parsed.Success)
            {
                Error(row, column, s, Failed(parsed));
                return null;
            }

            var code = parsed.Value;
            if (!any && code.Level != CodeLevel.Xiang)
            {
                var name = _ctx.Functions.Find(code)?.Name;
                Error(row, column, s, InputMessages.FunctionCodeWrongLevel(s, name, code.Level.Chinese()));
                return null;
            }

            if (mustExist && !_ctx.Functions.Contains(code))
            {
                Error(row, column, s, InputMessages.FunctionCodeUnknown(s, _ctx.Functions.Edition));
                return null;
            }

            return code;
        }

        public EconomicCode? Economic(RawRow row, int column)
        {
            var s = Required(row, column);
            if (s is null)
            {
                return null;
            }

            var parsed = EconomicCode.Parse(s);
            if (!parsed.Success)
            {
                Error(row, column, s, Failed(parsed));
                return null;
            }

            var code = parsed.Value;
            if (code.Level != CodeLevel.Kuan)
            {
                var name = _ctx.Catalogs.Economics.Find(code)?.Name;
                Error(row, column, s, InputMessages.EconomicCodeWrongLevel(s, name));
                return null;
            }

            if (!_ctx.Catalogs.Economics.Contains(code))
            {
                Error(row, column, s, InputMessages.EconomicCodeUnknown(s, _ctx.Catalogs.Economics.Edition));
                return null;
            }

            return code;
        }

        public Yuan? Amount(RawRow row, int column)
        {
            var s = Cell(row, column);
            var parsed = Yuan.Parse(s);
            if (!parsed.Success)
            {
                Error(row, column, s.Length == 0 ? null : s,
                    parsed.Error == MessageId.AmountEmpty ? InputMessages.AmountEmpty(_sheet.Sheet.Columns[column].Header) : Failed(parsed));
                return null;
            }

            // Each amount is within the ceiling; so is each column's running sum, so no total built from them can overflow.
            _sums.TryGetValue(column, out var sum);
            sum += Math.Abs(parsed.Value.Value);
            _sums[column] = sum;
            if (sum > InputMessages.AmountCeiling && !_sumRefused.Contains(column))
            {
                _sumRefused.Add(column);
                Error(row, column, s, InputMessages.AmountSumTooLarge(_sheet.Sheet.Columns[column].Header));
                return null;
            }

            return parsed.Value;
        }

        /// <summary>A score or weight: a decimal number such as 8.3 or 8.4447 (scores may carry more decimals than money).</summary>
        public decimal? Score(RawRow row, int column, bool required)
        {
            var s = Cell(row, column);
            if (s.Length == 0)
            {
                if (required)
                {
                    Error(row, column, null, InputMessages.ValueMissing(_sheet.Sheet.Columns[column].Header));
                    return null;
                }

                return 0m;
            }

            if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }

            Error(row, column, s, InputMessages.NumberNotNumeric(s));
            return null;
        }

        /// <summary>An evaluation id that must exist in the 绩效自评 sheet.</summary>
        public string? Evaluation(RawRow row, int column, HashSet<string> ids)
        {
            var s = Required(row, column);
            if (s is not null && !ids.Contains(s))
            {
                Error(row, column, s, InputMessages.EvaluationUnknown(s));
                return null;
            }

            return s;
        }

        public int? Count(RawRow row, int column, bool required = false)
        {
            var s = Cell(row, column);
            if (s.Length == 0)
            {
                if (required)
                {
                    Error(row, column, null, InputMessages.ValueMissing(_sheet.Sheet.Columns[column].Header));
                    return null;
                }

                return 0;
            }

            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            Error(row, column, s, InputMessages.CountMalformed(s));
            return null;
        }
    }
}
