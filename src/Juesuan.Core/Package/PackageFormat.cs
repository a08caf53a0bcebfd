using Juesuan.Core.Model;

namespace Juesuan.Core.Package;

/// <summary>
/// The data package a finance officer fills (docs/data-package.md): one manifest and one sheet per
/// fact kind. The same definitions drive the CSV reader, the XLSX reader, the template and the docs.
/// </summary>
public static class PackageFormat
{
    public const string FormatVersion = "1";

    /// <summary>Example rows (in the template) start with this marker in their first cell and are never read as facts.</summary>
    public const string ExampleMarker = "【示例】";

    public const string ManifestDepartmentName = "部门名称";
    public const string ManifestDepartmentCode = "部门编码";
    public const string ManifestRegion = "地区";
    public const string ManifestYear = "年度";
    public const string ManifestCatalogEdition = "目录版本";
    public const string ManifestFormatVersion = "格式版本";

    private static IReadOnlyList<string> Names<T>(IReadOnlyList<(T Value, string Name)> list) => list.Select(p => p.Name).ToArray();

    private static readonly PackageColumn UnitColumn =
        new("单位编码", "unit", ColumnKind.UnitCode, true, "预算单位编码，须在「单位」表中") { Example = "190001" };

    private static readonly PackageColumn AmountColumn =
        new("金额（元）", "amount", ColumnKind.Amount, true, "单位：元，最多两位小数") { Example = "1852400.00" };

    public static readonly FactSheet Manifest = new(
        "manifest", "manifest.csv", "清单", true, "部门、年度、目录版本",
        [
            new("项目", "field", ColumnKind.Text, true, "部门名称、部门编码、地区、年度、目录版本、格式版本"),
            new("内容", "value", ColumnKind.Text, true, "对应的内容"),
        ])
    { IsKeyValue = true };

    public static readonly IReadOnlyList<(string Field, bool Required, string Example)> ManifestFields =
    [
        (ManifestDepartmentName, true, "凌源市人力资源和社会保障局"),
        (ManifestDepartmentCode, false, "190"),
        (ManifestRegion, true, "辽宁省朝阳市凌源市"),
        (ManifestYear, true, "2024"),
        (ManifestCatalogEdition, true, "2024"),
        (ManifestFormatVersion, false, FormatVersion),
    ];

    public static readonly FactSheet Units = new(
        "units", "units.csv", "单位", true, "纳入部门决算的预算单位",
        [
            new("单位编码", "code", ColumnKind.Text, true, "本部门内唯一") { Example = "190001" },
            new("单位名称", "name", ColumnKind.Text, true, "全称") { Example = "凌源市人力资源和社会保障局（本级）" },
            new("单位类型", "type", ColumnKind.Choice, true, "行政单位 / 参照公务员法管理事业单位 / 事业单位")
            { Choices = Names(Terms.UnitTypes), Example = "行政单位" },
        ]);

    public static readonly FactSheet Income = new(
        "income", "income.csv", "收入", true, "各单位按收入类型和功能分类科目（项）的本年收入",
        [
            UnitColumn,
            new("收入类型", "income_type", ColumnKind.Choice, true, "公开01表的八类收入之一")
            { Choices = Names(Terms.IncomeTypes), Example = "一般公共预算财政拨款收入" },
            new("功能分类科目", "function", ColumnKind.FunctionXiang, true, "7位项级科目编码") { Example = "2013201" },
            AmountColumn,
        ]);

    public static readonly FactSheet Expenditure = new(
        "expenditure", "expenditure.csv", "支出", true, "各单位本年支出，按功能分类（项）× 经济分类（款）× 资金来源 × 支出类型",
        [
            UnitColumn,
            new("功能分类科目", "function", ColumnKind.FunctionXiang, true, "7位项级科目编码") { Example = "2013201" },
            new("经济分类科目", "economic", ColumnKind.EconomicKuan, true, "5位款级科目编码") { Example = "30101" },
            new("资金来源", "fund", ColumnKind.Choice, true, "三类财政拨款或非财政拨款资金")
            { Choices = Names(Terms.FundSources), Example = "一般公共预算财政拨款" },
            new("支出类型", "expenditure_type", ColumnKind.Choice, true, "基本支出、项目支出等")
            { Choices = Names(Terms.ExpenditureTypes), Example = "基本支出" },
            new("项目名称", "project", ColumnKind.Text, false, "项目支出所属项目，可空"),
            AmountColumn,
        ]);

    public static readonly FactSheet Balances = new(
        "balances", "balances.csv", "结转结余", false, "年初、年末结转和结余，使用非财政拨款结余，结余分配",
        [
            UnitColumn,
            new("资金来源", "fund", ColumnKind.Choice, true, "三类财政拨款或非财政拨款资金")
            { Choices = Names(Terms.FundSources), Example = "一般公共预算财政拨款" },
            new("项目", "item", ColumnKind.Choice, true, "年初结转和结余 / 年末结转和结余 / 使用非财政拨款结余 / 结余分配")
            { Choices = Names(Terms.BalanceItems), Example = "年初结转和结余" },
            new("功能分类科目", "function", ColumnKind.FunctionXiang, false, "政府性基金的结转结余须填项级科目，其他可空"),
            AmountColumn,
        ]);

    public static readonly FactSheet InitialBudget = new(
        "budget", "budget.csv", "年初预算", false, "年初预算数，口径同支出表（不分经济分类）",
        [
            UnitColumn,
            new("功能分类科目", "function", ColumnKind.FunctionXiang, true, "7位项级科目编码") { Example = "2013201" },
            new("资金来源", "fund", ColumnKind.Choice, true, "三类财政拨款或非财政拨款资金")
            { Choices = Names(Terms.FundSources), Example = "一般公共预算财政拨款" },
            new("支出类型", "expenditure_type", ColumnKind.Choice, true, "基本支出、项目支出等")
            { Choices = Names(Terms.ExpenditureTypes), Example = "基本支出" },
            new("项目名称", "project", ColumnKind.Text, false, "可空"),
            AmountColumn,
        ]);

    public static readonly FactSheet PriorYear = new(
        "prior_year", "prior_year.csv", "上年决算", false, "上年决算数，供同比分析",
        [
            new("指标", "key", ColumnKind.Choice, true, "见可选值") { Choices = PriorYearKeys.All, Example = "收入总计" },
            AmountColumn,
        ]);

    public static readonly FactSheet ThreePublic = new(
        "three_public", "three_public.csv", "三公经费", false, "财政拨款“三公”经费预算数、决算数及数量",
        [
            UnitColumn,
            new("类别", "category", ColumnKind.Choice, true, "因公出国（境）费 / 公务接待费 / 外事接待费（公务接待费之中） / 公务用车购置费 / 公务用车运行维护费")
            { Choices = Names(Terms.ThreePublicCategories), Example = "公务用车运行维护费" },
            new("预算数（元）", "budget", ColumnKind.Amount, true, "年初预算数，元") { Example = "120000.00" },
            new("决算数（元）", "actual", ColumnKind.Amount, true, "决算数，元") { Example = "94700.00" },
            new("批次或辆数", "batches", ColumnKind.Count, false, "出国团组数 / 接待批次 / 购置辆数 / 年末保有辆数") { Example = "5" },
            new("人次", "persons", ColumnKind.Count, false, "出国或接待人次") { Example = "0" },
        ]);

    public static readonly FactSheet Procurement = new(
        "procurement", "procurement.csv", "政府采购", false, "政府采购支出及授予中小企业合同金额",
        [
            UnitColumn,
            new("采购类别", "category", ColumnKind.Choice, true, "货物 / 工程 / 服务")
            { Choices = Names(Terms.ProcurementCategories), Example = "货物" },
            new("采购支出（元）", "total", ColumnKind.Amount, true, "元") { Example = "0.00" },
            new("授予中小企业（元）", "to_sme", ColumnKind.Amount, true, "元") { Example = "0.00" },
            new("其中授予小微企业（元）", "to_small_micro", ColumnKind.Amount, true, "元") { Example = "0.00" },
        ]);

    public static readonly FactSheet Vehicles = new(
        "vehicles", "vehicles.csv", "车辆", false, "年末车辆保有量，按用途类别",
        [
            UnitColumn,
            new("车辆类别", "category", ColumnKind.Choice, true, "八类公务用车之一")
            { Choices = Names(Terms.VehicleCategories), Example = "执法执勤用车" },
            new("数量", "count", ColumnKind.Count, true, "辆") { Example = "2" },
            new("说明", "note", ColumnKind.Text, false, "用途说明，可空"),
        ]);

    public static readonly FactSheet Equipment = new(
        "equipment", "equipment.csv", "大型设备", false, "单价100万元（含）以上设备（不含车辆）",
        [
            UnitColumn,
            new("设备名称", "name", ColumnKind.Text, true, "设备名称") { Example = "（示例）CT机" },
            new("数量", "count", ColumnKind.Count, true, "台（套）") { Example = "1" },
        ]);

    public static readonly FactSheet CatalogAdditions = new(
        "catalog_additions", "catalog_additions.csv", "目录补充", false, "比所用目录版本更新的功能分类科目",
        [
            new("功能分类科目", "code", ColumnKind.FunctionAny, true, "3/5/7位编码") { Example = "2089901" },
            new("科目名称", "name", ColumnKind.Text, true, "科目名称") { Example = "（示例）新增科目" },
        ]);

    public static readonly FactSheet Narrative = new(
        "narrative", "narrative.csv", "说明", false, "只有人能写的说明文字：主要职责、各项目支出说明及差异原因",
        [
            new("项目", "item", ColumnKind.Text, true,
                "职责；7位功能分类科目编码；收入总计、支出总计、年末结转和结余、基本支出、项目支出、财政拨款支出、人员经费、日常公用经费、三公经费、因公出国（境）费、公务接待费、公务用车购置及运行费、公务用车运行维护费、机关运行经费、其他用车")
            { Example = "2013201" },
            new("类型", "kind", ColumnKind.Choice, true, "段落（职责，可多行）、说明、预算原因、同比原因")
            { Choices = NarrativeKinds.All, Example = "说明" },
            new("内容", "text", ColumnKind.Text, true, "一句话，不含句末标点") { Example = "人力资源和社会保障局工资福利和商品服务等支出" },
        ]);

    public static readonly IReadOnlyList<string> EvaluationKinds = ["项目", "单位"];

    public static readonly FactSheet Evaluations = new(
        "performance_evaluations", "performance_evaluations.csv", "绩效自评", false, "项目与单位整体绩效自评：金额、减分项和说明",
        [
            new("评价编号", "id", ColumnKind.Text, true, "本数据包内唯一，指标表和任务表以此关联") { Example = "P01" },
            new("评价类型", "kind", ColumnKind.Choice, true, "项目（预算项目（政策）绩效自评表）或单位（部门（单位）整体绩效自评表）")
            { Choices = EvaluationKinds, Example = "项目" },
            new("单位编码", "unit", ColumnKind.UnitCode, true, "实施单位或被评价单位") { Example = "190006" },
            new("名称", "name", ColumnKind.Text, true, "项目（政策）名称或单位名称") { Example = "就业补助资金" },
            new("资金来源", "fund", ColumnKind.Choice, true, "项目的预算类别") { Choices = Names(Terms.FundSources), Example = "一般公共预算财政拨款" },
            new("预算数（元）", "budget", ColumnKind.Amount, true, "项目：全年预算数；单位：年初预算支出金额") { Example = "30180000.00" },
            new("执行数（元）", "executed", ColumnKind.Amount, true, "项目：全年执行数；单位：填 0") { Example = "26320100.00" },
            new("减分项", "deduction", ColumnKind.Text, false, "扣减的分数，可空") { Example = "0" },
            new("年初设定目标", "goal", ColumnKind.Text, false, "年度总体目标") { Example = "（示例）完成年度就业任务" },
            new("全年实际完成情况", "achieved", ColumnKind.Text, false, "全年实际完成情况") { Example = "（示例）完成" },
            new("目标完成情况", "summary", ColumnKind.Text, false, "情况说明中的“项目绩效目标完成情况”") { Example = "（示例）完成任务指标，达到理想效果" },
            new("问题及原因", "problems", ColumnKind.Text, false, "发现的主要问题及原因") { Example = "无" },
            new("改进措施", "improvements", ColumnKind.Text, false, "下一步改进措施") { Example = "无" },
        ]);

    public static readonly FactSheet Indicators = new(
        "performance_indicators", "performance_indicators.csv", "绩效指标", false, "各自评表的绩效指标及得分",
        [
            new("评价编号", "id", ColumnKind.Text, true, "「绩效自评」表中的评价编号") { Example = "P01" },
            new("序号", "order", ColumnKind.Count, true, "指标在表中的顺序") { Example = "1" },
            new("一级指标", "level1", ColumnKind.Text, false, "如 产出指标") { Example = "产出指标" },
            new("二级指标", "level2", ColumnKind.Text, false, "如 数量指标") { Example = "数量指标" },
            new("三级指标", "name", ColumnKind.Text, true, "指标名称") { Example = "领取补助人数" },
            new("运算符号", "operator", ColumnKind.Text, false, ">=、=、<=；定性指标留空") { Example = ">=" },
            new("指标值", "target", ColumnKind.Text, true, "数值或定性目标") { Example = "1000" },
            new("度量单位", "unit_of_measure", ColumnKind.Text, false, "如 人、%") { Example = "人" },
            new("全年完成值", "actual", ColumnKind.Text, true, "数值或定性评级") { Example = "1000" },
            new("完成程度", "completion", ColumnKind.Text, false, "如 100%") { Example = "100%" },
            new("分值", "weight", ColumnKind.Text, true, "分值") { Example = "8.3" },
            new("得分", "score", ColumnKind.Text, true, "得分，不超过分值") { Example = "8.3" },
        ]);

    public static readonly FactSheet Tasks = new(
        "performance_tasks", "performance_tasks.csv", "绩效任务", false, "单位整体绩效自评的年度主要任务",
        [
            new("评价编号", "id", ColumnKind.Text, true, "「绩效自评」表中的评价编号") { Example = "U01" },
            new("序号", "order", ColumnKind.Count, true, "顺序") { Example = "1" },
            new("年度主要任务", "task", ColumnKind.Text, true, "对应项目") { Example = "基本支出人员经费（保工资）" },
            new("下达金额（元）", "assigned", ColumnKind.Amount, true, "项目下达金额") { Example = "1772800.00" },
            new("执行金额（元）", "executed", ColumnKind.Amount, true, "项目执行金额") { Example = "1772800.00" },
            new("分值", "weight", ColumnKind.Text, true, "分值") { Example = "13.3" },
            new("得分", "score", ColumnKind.Text, true, "得分") { Example = "13.3" },
        ]);

    /// <summary>All sheets, in the order of the workbook.</summary>
    public static readonly IReadOnlyList<FactSheet> Sheets =
    [
        Manifest, Units, Income, Expenditure, Balances, InitialBudget, PriorYear, ThreePublic, Procurement, Vehicles,
        Equipment, Narrative, Evaluations, Indicators, Tasks, CatalogAdditions,
    ];
}
