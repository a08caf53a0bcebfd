using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Package;
using static Juesuan.Renderers.Xlsx.XlsxKit;

namespace Juesuan.Renderers.Xlsx;

/// <summary>Where <see cref="PackageTemplateWriter"/> puts the example rows of an empty template.</summary>
public enum TemplateExamples
{
    /// <summary>On a sheet of their own, 「示例（不导入）」, which the reader never reads; the fact sheets stay empty.</summary>
    OnExampleSheet,

    /// <summary>Also one grey row marked 【示例】 under each fact sheet's header (ignored when read): <c>juesuan template --example</c>.</summary>
    InPlace,
}

/// <summary>
/// The data-package workbook an officer fills (<c>juesuan template</c>): a 说明 sheet, then one sheet per fact
/// kind with its header and pick-lists for every coded column (drawn from the shipped catalogs), left empty —
/// no department, unit or year is filled in for the officer — and the example rows on a marked sheet of their own.
/// </summary>
public static class PackageTemplateWriter
{
    /// <summary>The sheet of example rows; its name says that it is not imported.</summary>
    public const string ExampleSheet = "示例（不导入）";

    private const string CatalogSheet = "目录";
    private const string InstructionsSheet = "填报说明";
    private const int InputRows = 5000;

    /// <summary>Writes the empty template, its example rows on <see cref="ExampleSheet"/>.</summary>
    public static void Write(Stream output) => Write(output, null, TemplateExamples.OnExampleSheet);

    /// <summary>Writes the empty template with its example rows where <paramref name="examples"/> says.</summary>
    public static void Write(Stream output, TemplateExamples examples) => Write(output, null, examples);

    /// <summary>
    /// Writes the workbook; with <paramref name="facts"/> the sheets hold those facts (a filled package, e.g.
    /// a CSV folder converted to XLSX) and there is no example sheet.
    /// </summary>
    public static void Write(Stream output, FinalAccounts? facts) => Write(output, facts, TemplateExamples.OnExampleSheet);

    private static void Write(Stream output, FinalAccounts? facts, TemplateExamples examples)
    {
        var filled = facts is null ? null
            : PackageRows.Sheets(facts).ToDictionary(s => s.Sheet.Key, s => s.Rows.ToList(), StringComparer.Ordinal);
        var inPlace = facts is null && examples == TemplateExamples.InPlace;
        var catalogs = CatalogSet.Default;
        var xiang = catalogs.Functions.Entries.Where(e => e.Code.Level == CodeLevel.Xiang).ToList();
        var kuan = catalogs.Economics.Entries.Where(e => e.Code.Level == CodeLevel.Kuan).ToList();

        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = doc.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var sheets = new Sheets();
        uint id = 1;

        void AddSheet(string name, Worksheet worksheet, bool hidden = false)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = worksheet;
            var sheet = new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name };
            if (hidden)
            {
                sheet.State = SheetStateValues.Hidden;
            }

            sheets.Append(sheet);
        }

        AddSheet(InstructionsSheet, Instructions(facts is null));
        foreach (var sheet in PackageFormat.Sheets)
        {
            var rows = filled is null ? null : filled.GetValueOrDefault(sheet.Key) ?? [];
            AddSheet(sheet.SheetName, FactSheetTemplate(sheet, xiang.Count, kuan.Count, rows, inPlace));
        }

        if (facts is null)
        {
            AddSheet(ExampleSheet, Examples());
        }

        AddSheet(CatalogSheet, CatalogLists(xiang, kuan), hidden: true);
        workbookPart.Workbook.Append(sheets);
        workbookPart.Workbook.Save();
    }

    /// <summary>
    /// 示例（不导入）: for each fact sheet its name, header and one example row, so an officer sees what a filled
    /// row looks like; the reader reads sheets by their names and never this one.
    /// </summary>
    private static Worksheet Examples()
    {
        var data = new SheetData();
        var r = 1;
        void Line(params (string Text, XStyle Style)[] cells)
        {
            var row = new Row { RowIndex = (uint)r };
            for (var c = 0; c < cells.Length; c++)
            {
                row.Append(TextCell(c, r, cells[c].Text, cells[c].Style));
            }

            data.Append(row);
            r++;
        }

        Line(("【示例】本工作表只是填写示例，导入时不读取。请在各工作表中填写本部门的数据；示例的部门、单位和金额都不是你的数据。", XStyle.Title));
        r++;
        foreach (var sheet in PackageFormat.Sheets)
        {
            Line(($"「{sheet.SheetName}」工作表（{(sheet.Required ? "必填" : "可选")}）：{sheet.Purpose}", XStyle.Wrapped));
            Line(sheet.Columns.Select(c => (c.Header, XStyle.TemplateHeader)).ToArray());
            if (sheet.IsKeyValue)
            {
                foreach (var (field, _, example) in PackageFormat.ManifestFields)
                {
                    Line((field, XStyle.Example), (example, XStyle.Example));
                }
            }
            else
            {
                Line(sheet.Columns.Select(c => (c.Example ?? string.Empty, XStyle.Example)).ToArray());
            }

            r++;
        }

        var columns = PackageFormat.Sheets.Max(s => s.Columns.Count);
        return new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false }),
            Widths(Enumerable.Range(0, columns).Select(c => c == 0 ? 30d : 18d)),
            data);
    }

    private static Worksheet Instructions(bool blank)
    {
        var lines = new List<string>
        {
            "决算数据包（Juesuan）填报说明",
            string.Empty,
            "本工作簿是一个部门一个年度的决算数据包。每个工作表对应一类事实，第 1 行为表头，从第 2 行起逐行填写。",
            "金额一律以“元”为单位，最多两位小数（精确到分）；报表中的万元数由程序从元计算并四舍五入，请勿填写合计数。",
            "功能分类科目填 7 位项级编码，经济分类科目填 5 位款级编码，可从下拉列表选择；编码列为文本格式，请保留前导数字。",
            blank ? $"各工作表为空，请逐项填写本部门的数据（含「清单」中的部门名称、地区和年度）；填写示例见「{ExampleSheet}」工作表，该表导入时不读取。"
                : "灰色斜体、以【示例】开头的行是示例，读取时忽略；可以删除，也可以保留。",
            "导入时检查全部工作表：任何一处错误都会列出工作表、行、列和填写的值，整个数据包不会被部分导入。",
            string.Empty,
            "工作表一览：",
        };
        lines.AddRange(PackageFormat.Sheets.Select(s => $"「{s.SheetName}」（{(s.Required ? "必填" : "可选")}）：{s.Purpose}"));
        lines.Add(string.Empty);
        lines.Add("生成：juesuan build <本工作簿> --out <目录>　　详见 docs/data-package.md");

        var data = new SheetData();
        for (var i = 0; i < lines.Count; i++)
        {
            data.Append(new Row(TextCell(0, i + 1, lines[i], i == 0 ? XStyle.Title : XStyle.Wrapped)) { RowIndex = (uint)(i + 1) });
        }

        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false, TabSelected = true }),
            Widths([100]),
            data,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
    }

    private static Worksheet FactSheetTemplate(FactSheet sheet, int xiangCount, int kuanCount, List<string[]>? rows, bool examplesInPlace)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1, Height = 30, CustomHeight = true };
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            header.Append(TextCell(c, 1, sheet.Columns[c].Header, XStyle.TemplateHeader));
        }

        data.Append(header);
        if (rows is not null)
        {
            var r = 2;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = (uint)r };
                for (var c = 0; c < values.Length; c++)
                {
                    var kind = sheet.Columns[c].Kind;
                    row.Append(kind is ColumnKind.Amount or ColumnKind.Count && decimal.TryParse(values[c], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v)
                        ? NumberCell(c, r, v, kind == ColumnKind.Amount ? XStyle.MoneyInput : XStyle.Default)
                        : TextCell(c, r, values[c], XStyle.TextInput));
                }

                data.Append(row);
                r++;
            }
        }
        else if (sheet.IsKeyValue)
        {
            // The fields to fill, their values empty: only the workbook's own format version is given.
            var r = 2;
            foreach (var (field, _, example) in PackageFormat.ManifestFields)
            {
                var value = field == PackageFormat.ManifestFormatVersion ? example : string.Empty;
                data.Append(new Row(TextCell(0, r, field, XStyle.TextInput), TextCell(1, r, value, XStyle.TextInput)) { RowIndex = (uint)r });
                r++;
            }
        }
        else if (examplesInPlace)
        {
            var example = new Row { RowIndex = 2 };
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                var text = sheet.Columns[c].Example ?? string.Empty;
                if (c == 0)
                {
                    text = PackageFormat.ExampleMarker + text;
                }

                example.Append(TextCell(c, 2, text, XStyle.Example));
            }

            data.Append(example);
        }

        var validations = new DataValidations();
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var col = sheet.Columns[c];
            var range = $"{Column(c)}2:{Column(c)}{InputRows}";
            string? formula = col.Kind switch
            {
                ColumnKind.Choice => InlineList(col.Choices),
                ColumnKind.FunctionXiang => $"'{CatalogSheet}'!$A$2:$A${xiangCount + 1}",
                ColumnKind.EconomicKuan => $"'{CatalogSheet}'!$D$2:$D${kuanCount + 1}",
                ColumnKind.UnitCode => $"'{PackageFormat.Units.SheetName}'!$A${(examplesInPlace ? 3 : 2)}:$A${InputRows}",
                _ => null,
            };
            if (formula is null)
            {
                continue;
            }

            validations.Append(new DataValidation(new Formula1(formula))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = col.Kind == ColumnKind.Choice,
                ErrorTitle = col.Header,
                Error = $"请从列表中选择{col.Header}",
                ShowInputMessage = true,
                PromptTitle = col.Header,
                Prompt = col.Help.Length > 250 ? col.Help[..250] : col.Help,
                SequenceOfReferences = new ListValue<StringValue>([new StringValue(range)]),
            });
        }

        var widths = sheet.Columns.Select(c => c.Kind switch
        {
            ColumnKind.Amount => 18d,
            ColumnKind.Choice => Math.Max(14d, c.Choices.Max(x => x.Length) * 2d + 2),
            ColumnKind.Text when c.Header.Contains("名称", StringComparison.Ordinal) || c.Header == "内容" => 40d,
            _ => 14d,
        });
        var cols = Widths(widths);
        // Text format for code columns so 2013201 stays text; money format for amounts.
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var kind = sheet.Columns[c].Kind;
            var xml = (DocumentFormat.OpenXml.Spreadsheet.Column)cols.ChildElements[c];
            xml.Style = kind == ColumnKind.Amount ? (uint)XStyle.MoneyInput : (uint)XStyle.TextInput;
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1,
                TopLeftCell = "A2",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
            { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 16 },
            cols,
            data);
        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        worksheet.Append(
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    /// <summary>An inline list ("a,b,c") when it fits Excel's 255-character limit, else a reference to the catalog sheet.</summary>
    private static string InlineList(IReadOnlyList<string> choices)
    {
        var joined = string.Join(",", choices);
        return joined.Length <= 250 ? $"\"{joined}\"" : throw new InvalidOperationException("choice list too long for an inline list");
    }

    private static Worksheet CatalogLists(List<FunctionEntry> xiang, List<EconomicEntry> kuan)
    {
        var data = new SheetData();
        var rows = Math.Max(xiang.Count, kuan.Count) + 1;
        for (var r = 1; r <= rows; r++)
        {
            var row = new Row { RowIndex = (uint)r };
            if (r == 1)
            {
                row.Append(TextCell(0, 1, "功能分类科目（项）", XStyle.Default), TextCell(1, 1, "名称", XStyle.Default),
                    TextCell(3, 1, "经济分类科目（款）", XStyle.Default), TextCell(4, 1, "名称", XStyle.Default));
            }
            else
            {
                if (r - 2 < xiang.Count)
                {
                    row.Append(TextCell(0, r, xiang[r - 2].Code.Value, XStyle.TextInput), TextCell(1, r, xiang[r - 2].Name, XStyle.Default));
                }

                if (r - 2 < kuan.Count)
                {
                    row.Append(TextCell(3, r, kuan[r - 2].Code.Value, XStyle.TextInput), TextCell(4, r, kuan[r - 2].Name, XStyle.Default));
                }
            }

            data.Append(row);
        }

        return new Worksheet(Widths([12, 40, 4, 12, 40]), data);
    }
}
