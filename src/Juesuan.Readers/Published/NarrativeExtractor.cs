using System.Text.RegularExpressions;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Published;

namespace Juesuan.Readers.Published;

/// <summary>The narrative's figures, sentence kind by sentence kind, tied to the items of <see cref="NarrativeItems"/>.</summary>
public static partial class TextReportReader
{
    private const string Num = @"(-?[\d,]+(?:\.\d+)?)";

    private static List<NarrativeFigure> NarrativeFigures(List<(string Text, Line At)> paragraphs, CatalogSet catalogs,
        List<PublishedTable> tables, List<string> notes)
    {
        var figures = new List<NarrativeFigure>();
        var section = string.Empty;
        foreach (var (text, at) in paragraphs)
        {
            var place = new PrintedPlace(at.Page, at.Number);
            void Add(string item, FigureKind kind, string number, int sign = 1)
            {
                if (PrintedNumber.TryParse(number, place) is { } n)
                {
                    figures.Add(new NarrativeFigure(item, kind, sign < 0 ? n with { Value = -n.Value } : n) { Sentence = text });
                }
            }

            // Track the section, for sentences whose subject is implicit.
            if (SectionHeading().Match(text) is { Success: true } sh)
            {
                section = sh.Groups[1].Value;
            }

            // 收入总计 / 支出总计 / 年末结转和结余.
            foreach (Match m in Regex.Matches(text, @"^[（(]?[一二三][）)]?(收入总计|支出总计|年末结转和结余)" + Num + "万元"))
            {
                Add(m.Groups[1].Value, FigureKind.Amount, m.Groups[2].Value);
            }

            // N. 名称 X万元，占收入总计的 Y% / 占支出总计的 Y%.
            var share = Regex.Match(text, @"^\d+[.．、]([^\d，,。]+?)" + Num + @"万元[，,]占(收入总计|支出总计)的" + Num + "%");
            if (share.Success)
            {
                var name = share.Groups[1].Value;
                Add(name, FigureKind.Amount, share.Groups[2].Value);
                Add(name, FigureKind.Share, share.Groups[4].Value);
                var inner = Regex.Match(text, @"其中[:：]一般公共预算财政拨款收入" + Num + @"万元[，,]政府性基金预算财政拨款收入" + Num + @"万元[，,]国有资本经营预算财政拨款收入" + Num + "万元");
                if (inner.Success)
                {
                    Add("一般公共预算财政拨款收入", FigureKind.Amount, inner.Groups[1].Value);
                    Add("政府性基金预算财政拨款收入", FigureKind.Amount, inner.Groups[2].Value);
                    Add("国有资本经营预算财政拨款收入", FigureKind.Amount, inner.Groups[3].Value);
                }

                foreach (Match e in Regex.Matches(text, @"(工资福利支出|商品和服务支出|对个人和家庭的补助|资本性支出|对企业补助|债务利息及费用支出|其他支出)" + Num + "万元"))
                {
                    Add(NarrativeItems.EconomicPrefix + e.Groups[1].Value, FigureKind.Amount, e.Groups[2].Value);
                }
            }

            // Shanghai: 收入支出总计 X万元 / 本年收入合计 X万元，其中：财政拨款收入 X万元，占 Y%；…
            var grand = Regex.Match(text, @"年度收入支出总计" + Num + "万元");
            if (grand.Success)
            {
                Add(NarrativeItems.IncomeTotal, FigureKind.Amount, grand.Groups[1].Value);
                Add(NarrativeItems.ExpenditureTotal, FigureKind.Amount, grand.Groups[1].Value);
            }

            var year = Regex.Match(text, @"^(本年收入合计|本年支出合计)" + Num + @"万元[，,]其中[:：](.*)$");
            if (year.Success)
            {
                Add(year.Groups[1].Value, FigureKind.Amount, year.Groups[2].Value);
                foreach (Match part in Regex.Matches(year.Groups[3].Value, @"([^\d；;，,：:]+?)" + Num + @"万元[，,]占" + Num + "%"))
                {
                    Add(part.Groups[1].Value, FigureKind.Amount, part.Groups[2].Value);
                    Add(part.Groups[1].Value, FigureKind.Share, part.Groups[3].Value);
                }
            }

            var generalShare = Regex.Match(text, @"^一般公共预算财政拨款支出" + Num + @"万元[，,]占本年支出合计的" + Num + "%");
            if (generalShare.Success)
            {
                Add(NarrativeItems.GeneralBudgetExpenditure, FigureKind.Amount, generalShare.Groups[1].Value);
            }

            var threePublic = Regex.Match(text, @"“三公”经费财政拨款支出年初预算为" + Num + @"万元[，,]支出决算为" + Num + @"万元[，,]完成预算的" + Num + "%");
            if (threePublic.Success)
            {
                Add(NarrativeItems.ThreePublicTotal, FigureKind.Amount, threePublic.Groups[2].Value);
                Add(NarrativeItems.ThreePublicTotal, FigureKind.Completion, threePublic.Groups[3].Value);
            }

            // 政府采购 shares, to catch shares of a zero total.
            var smeShare = Regex.Match(text, @"授予中小企业合同金额" + Num + @"万元[，,]占政府采购支出总额的" + Num + "%");
            if (smeShare.Success)
            {
                Add(NarrativeItems.ProcurementPrefix + "中小企业", FigureKind.Amount, smeShare.Groups[1].Value);
                Add(NarrativeItems.ProcurementPrefix + "中小企业", FigureKind.Share, smeShare.Groups[2].Value);
            }

            // 与上年相比，今年收入总计减少 A 万元，降低 B% / 今年支出… / 财政拨款支出….
            var yoy = Regex.Match(text, @"(今年收入总计|今年支出|财政拨款支出|收入支出总计)(增加|减少)" + Num + @"万元[，,](增长|降低|下降)" + Num + "%");
            if (yoy.Success)
            {
                var item = yoy.Groups[1].Value switch
                {
                    "今年收入总计" or "收入支出总计" => NarrativeItems.IncomeTotal,
                    "今年支出" => NarrativeItems.ExpenditureTotal,
                    _ => NarrativeItems.AppropriationExpenditure,
                };
                var sign = yoy.Groups[2].Value == "减少" ? -1 : 1;
                Add(item, FigureKind.ChangeAmount, yoy.Groups[3].Value, sign);
                Add(item, FigureKind.ChangeRate, yoy.Groups[5].Value, sign);
            }

            // 财政拨款支出 overall.
            var approp = Regex.Match(text, @"财政拨款支出" + Num + @"万元[，,]其中[:：]基本支出" + Num + @"万元[，,]项目支出" + Num + "万元");
            if (approp.Success)
            {
                Add(NarrativeItems.AppropriationExpenditure, FigureKind.Amount, approp.Groups[1].Value);
                Add(NarrativeItems.AppropriationBasic, FigureKind.Amount, approp.Groups[2].Value);
                Add(NarrativeItems.AppropriationProject, FigureKind.Amount, approp.Groups[3].Value);
                var completion = Regex.Match(text, @"财政拨款支出完成年初预算的" + Num + @"%[，,]其中[:：]基本支出完成年初预算的" + Num + @"%[，,]项目支出完成年初预算的" + Num + "%");
                if (completion.Success)
                {
                    Add(NarrativeItems.AppropriationExpenditure, FigureKind.Completion, completion.Groups[1].Value);
                    Add(NarrativeItems.AppropriationBasic, FigureKind.Completion, completion.Groups[2].Value);
                    Add(NarrativeItems.AppropriationProject, FigureKind.Completion, completion.Groups[3].Value);
                }
            }

            // 一般公共预算 / 国有资本经营预算 / 政府性基金 totals.
            foreach (Match m in Regex.Matches(text, @"^\d{4}年度(一般公共预算财政拨款支出|国有资本经营预算财政拨款支出|政府性基金预算财政拨款支出)" + Num + "万元"))
            {
                Add(m.Groups[1].Value, FigureKind.Amount, m.Groups[2].Value);
            }

            // 类 lines: "1. 一般公共服务支出 466.30 万元，具体包括".
            var lei = Regex.Match(text, @"^\d+[.．、]([^\d（(]+?)" + Num + @"万元[，,]具体包括");
            if (lei.Success && ClassCode(lei.Groups[1].Value, catalogs) is { } leiCode)
            {
                Add(NarrativeItems.ClassPrefix + leiCode, FigureKind.Amount, lei.Groups[2].Value);
            }

            // 项 paragraphs: "（1）X（类）Y（款）Z（项）185.24 万元…完成年初预算的 93.14%".
            var xiang = Regex.Match(text, @"^[（(]\d+[)）]([^（(]+)[（(]类[)）]([^（(]+)[（(]款[)）](.+?)[（(]项[)）]" + Num + "万元");
            if (xiang.Success)
            {
                var code = ItemCode(xiang.Groups[1].Value, xiang.Groups[2].Value, xiang.Groups[3].Value, catalogs, tables);
                if (code is null)
                {
                    notes.Add($"第{at.Number}行：未能确定「{xiang.Groups[1].Value}（类）{xiang.Groups[2].Value}（款）{xiang.Groups[3].Value}（项）」的科目编码");
                }
                else
                {
                    Add(NarrativeItems.ItemPrefix + code, FigureKind.Amount, xiang.Groups[4].Value);
                    var done = Regex.Match(text, @"完成年初预算的" + Num + "%");
                    if (done.Success)
                    {
                        Add(NarrativeItems.ItemPrefix + code, FigureKind.Completion, done.Groups[1].Value);
                    }
                }
            }

            // 三公 total and categories.
            var tp = Regex.Match(text, @"“三公”经费支出" + Num + @"万元[，,]完成预算的" + Num + "%");
            if (tp.Success)
            {
                Add(NarrativeItems.ThreePublicTotal, FigureKind.Amount, tp.Groups[1].Value);
                Add(NarrativeItems.ThreePublicTotal, FigureKind.Completion, tp.Groups[2].Value);
            }

            var cat = Regex.Match(text, @"^\d+[.．、](因公出国（境）费|公务接待费|公务用车购置及运行费)" + Num + @"万元[，,]占“三公”经费支出的" + Num + @"%。完成预算的" + Num + "%");
            if (cat.Success)
            {
                var item = NarrativeItems.ThreePublicPrefix + cat.Groups[1].Value;
                Add(item, FigureKind.Amount, cat.Groups[2].Value);
                Add(item, FigureKind.Share, cat.Groups[3].Value);
                Add(item, FigureKind.Completion, cat.Groups[4].Value);
                var change = Regex.Match(text, @"比上年(增加|减少)" + Num + @"万元[，,](增长|降低|下降)" + Num + "%");
                if (change.Success)
                {
                    var sign = change.Groups[1].Value == "减少" ? -1 : 1;
                    Add(item, FigureKind.ChangeAmount, change.Groups[2].Value, sign);
                    Add(item, FigureKind.ChangeRate, change.Groups[4].Value, sign);
                }
            }

            var held = Regex.Match(text, @"公务用车保有量(?:为)?(\d+)辆");
            if (held.Success)
            {
                Add(NarrativeItems.ThreePublicCountPrefix + "保有车辆", FigureKind.Count, held.Groups[1].Value);
            }

            // The Shanghai wording states the other counts too: 团组 and 人次 abroad, 接待批次 and 人次, cars bought.
            var groups = Regex.Match(text, @"团组(\d+)个[、，,]?(?:累计)?(\d+)人次");
            if (groups.Success)
            {
                Add(NarrativeItems.ThreePublicCountPrefix + "出国团组", FigureKind.Count, groups.Groups[1].Value);
                Add(NarrativeItems.ThreePublicCountPrefix + "出国人次", FigureKind.Count, groups.Groups[2].Value);
            }

            var received = Regex.Match(text, @"接待(\d+)批次[、，,](\d+)人次");
            if (received.Success)
            {
                Add(NarrativeItems.ThreePublicCountPrefix + "接待批次", FigureKind.Count, received.Groups[1].Value);
                Add(NarrativeItems.ThreePublicCountPrefix + "接待人次", FigureKind.Count, received.Groups[2].Value);
            }

            var bought = Regex.Match(text, @"购置公务用车(\d+)辆");
            if (bought.Success)
            {
                Add(NarrativeItems.ThreePublicCountPrefix + "购置车辆", FigureKind.Count, bought.Groups[1].Value);
            }

            // 基本支出: 人员经费 / 日常公用经费.
            var basic = Regex.Match(text, @"一般公共预算财政拨款基本支出" + Num + @"万元[，,。]其中[:：]人员经费" + Num + @"万元.*?(?:日常)?公用经费" + Num + "万元");
            if (basic.Success)
            {
                Add(NarrativeItems.GeneralBudgetBasic, FigureKind.Amount, basic.Groups[1].Value);
                Add(NarrativeItems.PersonnelCost, FigureKind.Amount, basic.Groups[2].Value);
                Add(NarrativeItems.PublicCost, FigureKind.Amount, basic.Groups[3].Value);
            }

            // 机关运行经费.
            var office = Regex.Match(text, @"机关运行经费支出" + Num + "万元");
            if (office.Success)
            {
                Add(NarrativeItems.OfficeOperatingCost, FigureKind.Amount, office.Groups[1].Value);
                var change = Regex.Match(text, @"比(?:上年|\d{4}年)(?:度)?(增加|减少)" + Num + @"万元[，,](增长|降低|下降)" + Num + "%");
                if (change.Success)
                {
                    var sign = change.Groups[1].Value == "减少" ? -1 : 1;
                    Add(NarrativeItems.OfficeOperatingCost, FigureKind.ChangeAmount, change.Groups[2].Value, sign);
                    Add(NarrativeItems.OfficeOperatingCost, FigureKind.ChangeRate, change.Groups[4].Value, sign);
                }
            }

            // 政府采购.
            var proc = Regex.Match(text, @"政府采购支出总额" + Num + @"万元[，,]其中[:：]政府采购货物支出" + Num + @"万元[，,]政府采购工程支出" + Num + @"万元[，,]政府采购服务支出" + Num + "万元");
            if (proc.Success)
            {
                Add(NarrativeItems.ProcurementTotal, FigureKind.Amount, proc.Groups[1].Value);
                Add(NarrativeItems.ProcurementPrefix + "货物", FigureKind.Amount, proc.Groups[2].Value);
                Add(NarrativeItems.ProcurementPrefix + "工程", FigureKind.Amount, proc.Groups[3].Value);
                Add(NarrativeItems.ProcurementPrefix + "服务", FigureKind.Amount, proc.Groups[4].Value);
            }

            // 车辆.
            var cars = Regex.Match(text, @"共有车辆(\d+)辆");
            if (cars.Success)
            {
                Add(NarrativeItems.VehiclesTotal, FigureKind.Count, cars.Groups[1].Value);
                foreach (Match v in Regex.Matches(text, @"([^\d，,：:；;。]+?用车)(\d+)辆"))
                {
                    Add(NarrativeItems.VehiclePrefix + v.Groups[1].Value.TrimStart('其', '中', '：'), FigureKind.Count, v.Groups[2].Value);
                }
            }

            // 预算绩效.
            var perf = Regex.Match(text, @"共涉及预算支出项目(\d+)个.*?涉及资金" + Num + @"万元.*?自评平均分为" + Num + "分");
            if (perf.Success)
            {
                Add(NarrativeItems.PerformancePrefix + "项目数", FigureKind.Count, perf.Groups[1].Value);
                Add(NarrativeItems.PerformancePrefix + "涉及资金", FigureKind.Amount, perf.Groups[2].Value);
                Add(NarrativeItems.PerformancePrefix + "平均分", FigureKind.Score, perf.Groups[3].Value);

                var units = Regex.Match(text, @"组织对(\d+)个单位开展整体绩效自评[，,]涉及资金" + Num + @"万元[，,]自评平均分为" + Num + "分");
                if (units.Success)
                {
                    Add(NarrativeItems.PerformancePrefix + "单位数", FigureKind.Count, units.Groups[1].Value);
                    Add(NarrativeItems.PerformancePrefix + "单位涉及资金", FigureKind.Amount, units.Groups[2].Value);
                    Add(NarrativeItems.PerformancePrefix + "单位平均分", FigureKind.Score, units.Groups[3].Value);
                }
            }

            // Any other amount left blank ("……支出 万元", "……资金万元"): words, then 万元 with no figure between.
            foreach (Match blank in BlankAmount().Matches(text))
            {
                var label = blank.Groups[1].Value;
                notes.Add($"第{at.Number}行：“{label} 万元”缺少金额");
                figures.Add(new NarrativeFigure(label, FigureKind.Amount, new PrintedNumber(string.Empty, 0m, 1m, place)) { Sentence = text });
            }

            var project = Regex.Match(text, @"^[（(]\d+[)）]“?(.+?)”?(?:项目)?自评综述[:：]");
            if (project.Success)
            {
                var name = project.Groups[1].Value.Replace("项目", string.Empty, StringComparison.Ordinal).Trim('“', '”');
                var item = NarrativeItems.PerformanceProjectPrefix + name;
                var score = Regex.Match(text, @"自评得分" + Num + "分");
                if (score.Success)
                {
                    Add(item, FigureKind.Score, score.Groups[1].Value);
                }

                var budget = Regex.Match(text, @"全年预算数为" + Num + "万元");
                var exec = Regex.Match(text, @"执行数(?:为)?" + Num + "万元");
                if (budget.Success)
                {
                    Add(item + ":预算", FigureKind.Amount, budget.Groups[1].Value);
                }

                if (exec.Success)
                {
                    Add(item + ":执行", FigureKind.Amount, exec.Groups[1].Value);
                }

                var rate = Regex.Match(text, @"完成预算的" + Num + "%");
                if (rate.Success)
                {
                    Add(item, FigureKind.Completion, rate.Groups[1].Value);
                }
            }
        }

        _ = section;
        return figures;
    }

    private static string? ClassCode(string name, CatalogSet catalogs) =>
        catalogs.Functions.Entries.FirstOrDefault(e => e.Code.Level == CodeLevel.Lei && e.Name == name.Trim())?.Code.Value;

    /// <summary>The 项 code for a 类/款/项 name path: from the catalog, else from a table row of that name.</summary>
    private static string? ItemCode(string lei, string kuan, string xiang, CatalogSet catalogs, List<PublishedTable> tables)
    {
        var f = catalogs.Functions;
        var hit = f.Entries.FirstOrDefault(e => e.Code.Level == CodeLevel.Xiang && e.Name == xiang
            && f.NameOf(e.Code.Kuan) == kuan && f.NameOf(e.Code.Lei) == lei);
        if (hit is not null)
        {
            return hit.Code.Value;
        }

        return tables.SelectMany(t => t.Rows).FirstOrDefault(r => r.Code is { Length: 7 } && r.Label == xiang)?.Code;
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]+)、")]
    private static partial Regex SectionHeading();

    /// <summary>
    /// A blank amount: words (not ending in 十/百/千/亿, which make "数十万元" a figure) between a comma or colon and
    /// 万元, and the clause ends there ("，政府性基金预算资金 万元，"); "转换成万元时" is not one.
    /// </summary>
    [GeneratedRegex(@"[，,：:；;（(、](?:其中[:：]?)?([\u4e00-\u9fff“”]{1,15}[\u4e00-\u9fff”](?<![十百千亿多余]))万元(?=[，,。；;）)、]|$)")]
    private static partial Regex BlankAmount();
}
