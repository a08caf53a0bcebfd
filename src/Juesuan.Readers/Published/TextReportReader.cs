using Juesuan.Core.Catalogs;
using Juesuan.Core.Published;
using Juesuan.Readers.Published.Evaluations;
using Juesuan.Readers.Published.Lines;
using Juesuan.Readers.Published.Sections;
using Juesuan.Readers.Published.Statements;
using Juesuan.Readers.Published.Text;

namespace Juesuan.Readers.Published;

/// <summary>
/// Reads a published report from its text — lines of tab-separated cells, pages split by form feeds,
/// the shape of a PDF's text layer — into a <see cref="PublishedReport"/> whose figures are as printed:
/// department, year, units, the tables whatever their numbering, the narrative's figures tied to their
/// items, and the 绩效自评表. Reads what a partial document holds and notes what it cannot read.
/// The stages, a folder each: Lines (the text's lines), Sections (title, units, 目录, where each table and the
/// narrative are), Tables (a table's rows), Statements (the narrative's claims), Evaluations (the 绩效自评表);
/// before them, Text holds how each file kind becomes text and reads a traditional-script text as simplified.
/// </summary>
public static class TextReportReader
{
    public static PublishedReport Read(string text, string document, CatalogSet? catalogs = null)
    {
        catalogs ??= CatalogSet.Default;

        // A mirror site's traditional characters ("財政撥款…萬元") are read as simplified, character for character.
        var (simplified, converted) = TraditionalScript.AsSimplified(text);
        List<string> notes = converted ? [TraditionalScript.Note] : [];
        (simplified, var glossed) = PinyinGlosses.Without(simplified);
        if (glossed)
        {
            notes.Add(PinyinGlosses.Note);
        }

        // Some fonts print full-width digits ("１２３．４５"): read as ASCII everywhere, tables and text alike.
        var raw = LineSplitter.Split(StatedFigures.AsciiDigits(simplified));
        var lines = PipeGrid.Join(raw);
        var (department, year) = ReportTitle.Read(lines);
        var tables = TableFinder.Find(lines, notes);
        var paragraphs = NarrativeText.Paragraphs(lines).Select(p => new NarrativeParagraph(p.Text, new PrintedPlace(p.At.Page, p.At.Number))).ToList();
        var tableNames = tables.SelectMany(t => t.Rows).Where(r => r.Code is { Length: 3 or 5 or 7 } && r.Label.Length > 0)
            .GroupBy(r => r.Code!).ToDictionary(g => g.Key, g => g.First().Label);
        var nature = DocumentNatures.Recognise(lines);
        var statements = Understood(StatementReader.Read(paragraphs, new SubjectContext(catalogs, tableNames) { BudgetStatement = nature == DocumentNature.Budget }, year?.Value), nature);
        // The national 项目支出绩效自评表 is read from the lines as split: joining a web page's cells into rows guesses at its merged cells.
        IReadOnlyList<PublishedEvaluation> evaluations = [.. EvaluationExtractor.Read(lines), .. NationalEvaluationReader.Read(raw)];
        return new PublishedReport
        {
            Document = document,
            DepartmentName = department,
            Year = year,
            Units = UnitList.Read(lines),
            Tables = tables,
            Statements = statements,
            Claims = statements.SelectMany(s => s.Claims).ToList(),
            Words = statements.SelectMany(s => s.Words).ToList(),
            Evaluations = evaluations,
            Sections = SectionFinder.Find(lines, tables, evaluations),
            ReaderNotes = notes,
            Nature = nature,
            Contents = TableOfContents.Read(lines),
            Lines = lines.Select(l => new PrintedLine(string.Join(' ', l.Cells.Where(c => c.Length > 0)), new PrintedPlace(l.Page, l.Number))).ToList(),
        };
    }

    /// <summary>
    /// What a document of its nature lets the reader keep: a government's 财政决算 report names its region's 收入总量,
    /// 上解上级支出, 调入资金 — items a department's report has not — so its figures are tied to no item rather than to the
    /// nearest department item (the sentences stay, for the rules that check a sentence's own arithmetic); a 部门预算
    /// statement's amounts are budgets.
    /// </summary>
    private static IReadOnlyList<NarrativeStatement> Understood(IReadOnlyList<NarrativeStatement> statements, DocumentNature nature) => nature switch
    {
        DocumentNature.GovernmentFiscalReport => [.. statements.Select(s => s with
        {
            Claims = [],
            Words = [],
            Unread = [.. StatedFigures.In(s.Text).Select(f => f.Text)],
        })],
        DocumentNature.Budget => [.. statements.Select(s => s with
        {
            Claims = [.. s.Claims.Select(c => c.Measure == Measure.Amount ? c with { Measure = Measure.Budget } : c)],
        })],
        _ => statements,
    };
}
