using Juesuan.Readers.Package;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Profiles;
using Juesuan.Reporting.Tables;
using Juesuan.Tests;

namespace Juesuan.Renderers.Tests.Report;

/// <summary>The sample department's report, composed once for the renderer tests.</summary>
internal static class SampleReport
{
    private static readonly Lazy<ReportDocument> Liaoning = new(() => Compose("liaoning-2024"));

    public static ReportDocument Document => Liaoning.Value;

    public static ReportDocument Compose(string profile)
    {
        var r = PackageReader.Read(Repo.Sample);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        var tables = NineTables.Build(r.Accounts!, r.Catalogs!);
        return ReportComposer.Compose(new ReportInputs(r.Accounts!, r.Catalogs!, tables), ReportProfile.Load(profile));
    }

    /// <summary>A small document with a hostile text, every heading level and a spanned grid.</summary>
    public static ReportDocument Hostile() => new()
    {
        TitleLines = ["测试局<script>alert(1)</script>", "2024年度部门决算"],
        DepartmentName = "测试局",
        Year = 2024,
        Profile = "test",
        Blocks =
        [
            new Heading(1, "第一部分 概况"),
            new Heading(2, "一、主要职责"),
            new Heading(3, "（一）总体情况。"),
            new Heading(4, "1. 细项"),
            new Paragraph([new TextRun("1. "), new TextRun("名词", Bold: true), new TextRun("：<b>不是粗体</b> & 符号")]),
            new GridBlock("预算项目（政策）绩效自评表", "（2024年度）", 4,
            [
                new GridRow([new GridCell(0, "一级指标", RowSpan: 2), new GridCell(1, "指标", ColSpan: 3)], IsHeader: true),
                new GridRow([new GridCell(1, "名称"), new GridCell(2, "分值"), new GridCell(3, "得分")], IsHeader: true),
                new GridRow([new GridCell(0, "产出指标"), new GridCell(1, "数量"), new GridCell(2, "7.1", AlignRight: true), new GridCell(3, "7.1", AlignRight: true)]),
            ]),
        ],
    };
}
