using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Tables;
using Juesuan.Reporting.Narrative;
using Juesuan.Reporting.Profiles;
using Juesuan.Reporting.Tables;

namespace Juesuan.Reporting.Document;

/// <summary>Everything the report is composed from.</summary>
public sealed record ReportInputs(FinalAccounts Accounts, CatalogSet Catalogs, IReadOnlyList<DisclosureTable> Tables)
{
    public NarrativeOptions Options { get; init; } = NarrativeOptions.Default;

    /// <summary>The 预算绩效情况 section of the narrative (computed from the evaluations), if any.</summary>
    public IReadOnlyList<ReportBlock> PerformanceNarrative { get; init; } = [];

    /// <summary>The annex: 绩效自评表 grids, if any.</summary>
    public IReadOnlyList<ReportBlock> Annex { get; init; } = [];
}

/// <summary>Composes the whole report, part by part, as the profile orders it.</summary>
public static class ReportComposer
{
    /// <summary>Wide tables (six columns or more) are printed on landscape pages.</summary>
    public const int LandscapeFromColumns = 6;

    public static ReportDocument Compose(ReportInputs inputs, ReportProfile profile)
    {
        var a = inputs.Accounts;
        var department = a.Department.FullName;
        var year = a.Year.Value;
        var context = new NarrativeContext(a, inputs.Catalogs, inputs.Options);
        var performance = inputs.PerformanceNarrative.Count > 0 ? inputs.PerformanceNarrative : Performance.PerformanceNarrative.Build(a);
        var annex = inputs.Annex.Count > 0 ? inputs.Annex : Performance.EvaluationTables.Build(a);
        var blocks = new List<ReportBlock>();
        foreach (var part in profile.Parts)
        {
            var title = ReportProfile.Fill(part.Title, department, year);
            blocks.Add(new PageBreak());
            blocks.Add(new Heading(1, title));
            blocks.AddRange(part.Kind switch
            {
                "overview" => Overview(context, part),
                "narrative" => NarrativeStyles.Write(part.Style ?? "liaoning", context, performance),
                "glossary" => Glossary(context, part),
                "tables" => TablesPart(inputs.Tables, part, profile.Id),
                "annex" => annex.Count > 0 ? annex : [new Paragraph("本部门无附件。")],
                _ => throw new InvalidOperationException($"profile {profile.Id}: unknown part kind {part.Kind}"),
            });
        }

        return new ReportDocument
        {
            TitleLines = profile.TitleLines.Select(t => ReportProfile.Fill(t, department, year)).ToList(),
            DepartmentName = department,
            Year = year,
            Profile = profile.Id,
            Blocks = blocks,
        };
    }

    private static IEnumerable<ReportBlock> Overview(NarrativeContext c, ProfilePart part)
    {
        var a = c.Accounts;
        yield return new Heading(2, part.Duties ?? "一、主要职责");
        var duties = a.Narrative.Where(n => n.Item == "职责" && n.Kind == NarrativeKinds.Paragraph).ToList();
        if (duties.Count == 0)
        {
            yield return new Paragraph("（未填写主要职责。）");
        }

        foreach (var d in duties)
        {
            yield return new Paragraph(d.Text) { Item = "职责" };
        }

        yield return new Heading(2, part.Units ?? "二、部门决算单位构成");
        yield return new Paragraph($"纳入{c.Department}{c.Year}年部门决算编制范围的预算单位包括：") { Item = "单位" };
        yield return new Paragraph(string.Join("、", a.Units.Select(u => a.Department.WithRegion(u.Name)))) { Item = "单位" };
    }

    private static IEnumerable<ReportBlock> Glossary(NarrativeContext c, ProfilePart part)
    {
        var terms = Layouts.GlossaryTerms(part.Terms ?? "glossary-terms-liaoning-2024");
        var n = 0;
        var chinese = part.Numbering == "chinese";
        foreach (var (term, definition) in terms)
        {
            n++;
            yield return Numbered(n, term, definition, chinese);
        }

        if (!part.Items)
        {
            yield break;
        }

        // One entry per 项 that the tables show, in code order, where the catalog has its definition.
        var items = c.Accounts.Expenditure.Select(e => e.Function).Distinct().OrderBy(f => f).ToList();
        foreach (var code in items)
        {
            if (c.Catalogs.DefinitionOf(code) is { } definition)
            {
                n++;
                yield return Numbered(n, c.FunctionPath(code), definition, chinese) with { Item = "项:" + code.Value };
            }
        }
    }

    private static Paragraph Numbered(int n, string term, string definition, bool chinese) =>
        new([
            new TextRun(chinese ? ChineseNumerals.Of(n) + "、" : n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". "),
            new TextRun(term, Bold: true), new TextRun("：" + definition),
        ]);

    /// <summary>The tables the part lists, each numbered, headed and titled as the profile prints it (TableSpecs).</summary>
    private static IEnumerable<ReportBlock> TablesPart(IReadOnlyList<DisclosureTable> tables, ProfilePart part, string profile)
    {
        foreach (var id in part.Tables)
        {
            var table = tables.FirstOrDefault(t => t.Id == id) ?? throw new InvalidOperationException($"table {id} was not built");
            table = NineTables.InProfile(table, profile);
            yield return new Heading(2, TableSpecs.Of(table.Table).In(profile).Heading) { Anchor = table.Id };
            yield return new TableBlock(table) { Landscape = table.ColumnCount >= LandscapeFromColumns };
        }
    }
}
