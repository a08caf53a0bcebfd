using System.Text.RegularExpressions;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>The catalogue of subject patterns: totals, income and spending types, 功能分类 items, 三公, and the other matters.</summary>
internal static class SubjectPatterns
{
    private static SubjectPattern Fixed(string name, string pattern, string key, string example) =>
        new(name, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled), (_, _) => key, example);

    /// <summary>The economic 类 and 款 names the basic-expenditure sentences list.</summary>
    private static readonly string EconomicNames = string.Join('|', CatalogSet.Default.Economics.Entries
        .Select(e => Regex.Escape(e.Name)).Where(n => n.Length >= 4).Distinct().OrderByDescending(n => n.Length));

    /// <summary>The 功能分类 类 names (其他支出 left out: it is also an 经济分类 name); 和 may be printed 与 ("社会保障与就业支出").</summary>
    private static readonly string FunctionClassNames = string.Join('|', CatalogSet.Default.Functions.Entries
        .Where(e => e.Code.Level == CodeLevel.Lei && e.Name != "其他支出").Select(e => Regex.Escape(e.Name).Replace("和", "[和与]", StringComparison.Ordinal)).OrderByDescending(n => n.Length));

    private static readonly Regex Path = new(@"^([\u4e00-\u9fff]{2,30}?)（类）(?:([\u4e00-\u9fff、（）]{2,30}?)（款）)?(?:([\u4e00-\u9fff、（）]{2,40}?)（项）)?$");

    /// <summary>
    /// A 功能分类 item in quotes (“社会保障和就业支出（类）…（项）”, “文化体育与传媒支出”): its code when the catalog or the
    /// tables know the name; an unknown item when the name is a spending item no one knows (a wrong or old name).
    /// </summary>
    private static string? QuotedItem(Match m, SubjectContext c)
    {
        var inner = m.Groups[1].Value;
        if (Path.Match(inner) is { Success: true } path)
        {
            var code = c.FunctionCode(path.Groups[1].Value, path.Groups[2].Success ? path.Groups[2].Value : null, path.Groups[3].Success ? path.Groups[3].Value : null);
            return code is null ? NarrativeItems.UnknownItemPrefix + inner
                : NarrativeItems.OfFunctionCode(code);
        }

        if (c.PlainFunctionCode(inner) is { } plain)
        {
            return NarrativeItems.OfFunctionCode(plain);
        }

        return inner.EndsWith("支出", StringComparison.Ordinal) ? NarrativeItems.UnknownItemPrefix + inner : null;
    }

    public static IReadOnlyList<SubjectPattern> All { get; } =
    [
        // 功能分类 items written as a name path.
        new("功能分类-类款项", new Regex(@"([\u4e00-\u9fff“”]{2,30}?)（类）([\u4e00-\u9fff、“”（）]{2,30}?)（款）([\u4e00-\u9fff、“”（）]{2,40}?)（项）", RegexOptions.Compiled),
            (m, c) => c.FunctionCode(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) is { } code ? NarrativeItems.ItemPrefix + code
                : NarrativeItems.UnknownItemPrefix + m.Value,
            "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项），主要用于支付机关及参公单位工作人员基本医疗保险费。"),
        new("功能分类-类款", new Regex(@"([\u4e00-\u9fff、“”]{2,30}?)（类）([\u4e00-\u9fff、“”]{2,30}?)（款）(?![\u4e00-\u9fff（）、“”]{0,40}（项）)", RegexOptions.Compiled),
            (m, c) => c.FunctionCode(m.Groups[1].Value, m.Groups[2].Value, null) is { } code ? NarrativeItems.KuanPrefix + code : null,
            "一般公共服务支出（类）财政事务（款）支出 120.00 万元"),
        new("功能分类-类", new Regex(@"([\u4e00-\u9fff、“”]{2,30}?)（类）(?![\u4e00-\u9fff、“”]{0,30}（款）)", RegexOptions.Compiled),
            (m, c) => c.FunctionCode(m.Groups[1].Value, null, null) is { } code ? NarrativeItems.ClassPrefix + code : null,
            "社会保障和就业支出（类）支出 326.72 万元"),
        new("功能分类-编码", new Regex(@"(?<![\d.,]|\d，)(\d{3}|\d{5}|\d{7})(?![\d.,]|，\d)(?![万亿千]|元|个|人|辆|次|批|台|套|项|家|户|天|年|月|日|号|%|％)[-－—]?[“”]?([\u4e00-\u9fff]{2,30}?)(?=[”，。；：（\d]|$|支出决算|决算|年初)", RegexOptions.Compiled),
            (m, c) => c.TableNames.ContainsKey(m.Groups[1].Value) || c.Catalogs.Functions.Find(Core.Model.FunctionCode.Parse(m.Groups[1].Value).Value) is not null
                ? NarrativeItems.OfFunctionCode(m.Groups[1].Value)
                : null,
            "2080505 机关事业单位基本养老保险缴费支出 128.08 万元"),

        new("引号中的科目", new Regex(@"“([\u4e00-\u9fff（）]{2,60})”", RegexOptions.Compiled), QuotedItem, "5.“文化体育与传媒支出”82.51 万元，占 0.43%；"),
        new("功能分类-类名", new Regex("(?<![（\\u4e00-\\u9fff])(" + FunctionClassNames + ")(?:类科目|类)?(?![（\\u4e00-\\u9fff])", RegexOptions.Compiled),
            (m, c) => c.PlainFunctionCode(m.Groups[1].Value) is { Length: 3 } code ? NarrativeItems.ClassPrefix + code : null,
            "2. 社会保障和就业支出 7336.49 万元，具体包括："), // also "（二）社会保障和就业支出类科目116433.12元"

        // Totals of the 收入支出决算总表.
        Fixed("收入支出总计", @"(?:本年度|本年|今年|年度)?收入支出(?:决算)?总计|(?<!拨款)收[、，]?支(?:决算)?总计|(?<!拨款)收入[、，和及与]支出(?:决算)?总计|(?<![\u4e00-\u9fff])收、支(?=与|较|比|同)", NarrativeItems.IncomeAndExpenditureTotal, "2024 年度收入支出总计 3,845.24 万元"),
        // "一般公共预算收入总计1085.31万元，本年支出1070.67万元，年末结转和结余30.65万元": one fund's total, not the department's.
        new("资金来源收入总计", new Regex(@"(?:一般公共预算|政府性基金预算|国有资本经营预算)收入总计", RegexOptions.Compiled), (m, _) => NarrativeItems.NamedItemPrefix + m.Value,
            "2018年度一般公共预算收入总计 1085.31 万元，本年支出 1070.67 万元"),
        Fixed("收入总计", @"(?<!拨款|预算)(?:今年|本年度?)?收入总计|(?<![本上])年?收入总额|(?<=[年度，,的算])(?<!收入合计[\d.,，]{1,20}万元[，,])总收入|(?<!拨款|预算)收入决算总额|(?<!拨款|预算)收入总(?=\d)", NarrativeItems.IncomeTotal, "收入总计 7972.87 万元"),
        Fixed("支出总计", @"(?<!拨款|预算)(?:今年|本年度?)?支出总计|今年支出(?!决算)|(?<!拨款|预算)支出总额(?<!政府采购支出总额)|(?<=[年度，,的算；;])总支出|(?<!拨款|预算)支出决算总额|(?<!拨款|预算)支出总(?=\d)|(?<=万元[、，])支总计", NarrativeItems.ExpenditureTotal, "与上年相比，今年支出减少 693.38 万元"),
        Fixed("本年收入合计", @"(?<=收入合计[\d.,，]{1,20}万元[，,])总收入|本年(?:度)?收入合计|本(?:单位|部门)收入合计|本(?:单位|部门)(?:本年)?收入(?=[\d为共])|本年收入(?!合计)(?=[\d为共])|(?<=\d{4}年?度?)收入合计", "本年收入合计", "本年收入合计 3,845.24 万元"),
        Fixed("本年支出合计", @"本年(?:度)?支出合计|本(?:单位|部门)支出合计|本(?:单位|部门)(?:本年)?支出(?=[\d为共])|(?<=[院局所站校心会室队馆园部委办处])单位(?:本年)?支出(?=[\d为共])|本年支出(?=[\d为共])|(?<=\d{4}年度?)支出合计", "本年支出合计", "本年支出合计 3,845.24 万元"),
        Fixed("年末结转和结余", @"年末结转(?:和|及)?结余|年末结转(?=\d|资金)|(?<=[，,；;。]|^)年终结余(?=比|较|为|\d)", NarrativeItems.ClosingBalance, "年末结转和结余 0.00 万元"),
        Fixed("上年结转和结余", @"(?:上年|年初)结转(?:和|及)?结余|(?:上年|年初)结转(?=[\d为共])", "上年结转和结余", "上年结转和结余 0.00 万元"),
        Fixed("财政拨款收入支出总计", @"财政拨款收入支出(?:决算)?总计|财政拨款收入[、，和及与]支出(?:决算)?总计|财政拨款收[、，]?支(?:决算)?总计|财政拨款(?:收入|支出)(?:决算)?总计", NarrativeItems.AppropriationTotal, "财政拨款收入支出总计 3,845.24 万元"),

        // Income and expenditure types.
        Fixed("一般公共预算财政拨款收入", @"一般公共(?:预算)?(?:财政)?拨款(?:本年)?收入|(?<![\u4e00-\u9fff])公共预算财政拨款收入|(?<=财政拨款收入[\d,，.]+万元[（(]其中[，,：:]?)一般公共预算(?=\d)", "一般公共预算财政拨款收入", "一般公共预算财政拨款收入 7943.10 万元"),
        Fixed("政府性基金预算财政拨款收入", @"政府性基金预算(?:财政)?拨款(?:本年)?收入|(?<=财政拨款收入[\d,，.]+万元[（(]其中[^）)]{0,40}[，,、；;])政府性基金预算(?=\d)|(?<=[；;，,。：:]一?)政府性基金预算财政拨款(?=\d)", "政府性基金预算财政拨款收入", "政府性基金预算财政拨款收入 0.00 万元"),
        Fixed("国有资本经营预算财政拨款收入", @"国有资本经营预算(?:财政)?拨款(?:本年)?收入|(?<=财政拨款收入[\d,，.]+万元[（(]其中[^）)]{0,60}[，,、；;])国有资本经营预算(?=\d)", "国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款收入 29.77 万元"),
        Fixed("财政拨款收入", @"财政拨款(?:本年)?收入(?!支出)|(?<=其中[：:，,]?)(?:预算)?财政拨款(?=\d)", NarrativeItems.AppropriationIncome, "财政拨款收入 7972.87 万元，占收入总计的 100.00%"),
        Fixed("上级补助收入", @"上级补助收入", "上级补助收入", "上级补助收入 0.00 万元"),
        Fixed("事业收入", @"(?<!非)事业收入", "事业收入", "事业收入 0.00 万元"),
        Fixed("经营收入", @"(?<!国有资本)经营收入", "经营收入", "经营收入 0.00 万元"),
        Fixed("附属单位上缴收入", @"附属(?:单位|部门)上缴收入", "附属单位上缴收入", "附属单位上缴收入 0.00 万元"),
        Fixed("其他收入", @"其他收入", "其他收入", "其他收入 0.00 万元"),
        Fixed("使用非财政拨款结余", @"使用非财政拨款结余(?:和专用结余)?", "使用非财政拨款结余", "使用非财政拨款结余 0.00 万元"),
        Fixed("一般公共预算财政拨款基本支出", @"一般公共预算财政拨款基本支出", NarrativeItems.GeneralBudgetBasic, "一般公共预算财政拨款基本支出 1423.31 万元"),
        Fixed("一般公共预算财政拨款支出", @"一般公共预算财政拨款(?:支出|经费支出)", NarrativeItems.GeneralBudgetExpenditure, "2024 年度一般公共预算财政拨款支出 7943.10 万元"),
        Fixed("政府性基金预算财政拨款支出", @"政府性基金预算财政拨款支出", NarrativeItems.GovernmentFundExpenditure, "政府性基金预算财政拨款支出 0.00 万元"),
        Fixed("国有资本经营预算财政拨款支出", @"国有资本经营预算财政拨款支出", NarrativeItems.StateCapitalExpenditure, "2024 年度国有资本经营预算财政拨款支出 29.77 万元"),
        Fixed("财政拨款支出", @"财政拨款支出(?!决算(?:情况|表))", NarrativeItems.AppropriationExpenditure, "2024 年度财政拨款支出 7972.87 万元"),
        Fixed("财政拨款基本支出", @"(?<!预算)财政拨款基本支出", NarrativeItems.AppropriationBasic, "2020年度财政拨款基本支出3455.91万元，其中：人员经费1565.86万元"),
        // "财政拨款结转结余0万元，与上年相比，增加0万元": the 财政拨款's balance, not its spending.
        new("财政拨款结转和结余", new Regex(@"财政拨款(?:年末)?结转(?:和|及)?结余", RegexOptions.Compiled), (_, _) => NarrativeItems.NamedItemPrefix + "财政拨款结转和结余",
            "财政拨款结转结余 0 万元，与上年相比，增加 0 万元"),
        // "其中：基本支出结转71.9462万元，项目支出结转0.00万元": parts of the balance carried over, items of their own.
        new("支出结转", new Regex(@"(?:基本|项目)支出(?:结转|结余)(?:和结余)?", RegexOptions.Compiled), (m, _) => NarrativeItems.NamedItemPrefix + m.Value,
            "其中：基本支出结转 71.9462 万元，项目支出结转 0.00 万元"),
        Fixed("基本支出", @"(?<!财政拨款)基本支出(?!结转|结余)", NarrativeItems.BasicExpenditure, "基本支出 1423.31 万元，占支出总计的 17.85%"),
        Fixed("项目支出", @"(?<!预算|财政拨款)项目支出(?!预算|结转|结余)", NarrativeItems.ProjectExpenditure, "项目支出 6549.56 万元，占支出总计的 82.15%"),
        Fixed("上缴上级支出", @"上缴上级支出", "上缴上级支出", "上缴上级支出 0.00 万元"),
        Fixed("经营支出", @"(?<!国有资本)经营支出", "经营支出", "经营支出 0.00 万元"),
        Fixed("对附属单位补助支出", @"对附属(?:单位|部门)补助支出", "对附属单位补助支出", "对附属单位补助支出 0.00 万元"),
        Fixed("人员经费", @"人员经费(?:支出)?", NarrativeItems.PersonnelCost, "其中：人员经费 1276.83 万元"),
        Fixed("公用经费", @"(?:日常)?公用经费(?:支出)?(?!之和)", NarrativeItems.PublicCost, "日常公用经费 146.48 万元"),

        // 三公经费.
        Fixed("三公经费", @"[“""]?三公[”""]?经费(?:(?:一般)?公共(?:预算)?)?(?:财政拨款)?(?:支出)?(?:决算数?)?|[“""]三公[”""](?=预算|决算|支出)", NarrativeItems.ThreePublicTotal, "“三公”经费财政拨款支出年初预算为 21.00 万元"),
        Fixed("因公出国（境）费", @"因公出国（境）(?:费用?|经费)(?:支出)?|因公出国(?:（境）)?(?=[\d（]|支出|经费|费)", NarrativeItems.ThreePublicPrefix + "因公出国（境）费", "因公出国（境）费支出 0.00 万元"),
        Fixed("公务用车购置及运行费", @"(?:公务用车|公车|车辆)?购置[及和与](?:运行|运维)(?:维护)?(?:费用?|支出)(?:支出)?|公务用车及运行维护(?:费用?|支出)|(?:公务用车|公车)购置[及和与](?:运行|运维)(?:维护)?(?=[\d（])|(?:公务用车|公车)购置费[及和与](?:运行|运维)(?:维护)?费(?=(?:支出|决算数?)?(?:合计|共计)?(?:为|是)?\d)", NarrativeItems.ThreePublicPrefix + "公务用车购置及运行费", "公务用车购置及运行维护费支出决算为 16.95 万元"),
        Fixed("公务用车购置费", @"(?:公务用车|公车)购置(?:经费|费|支出)", NarrativeItems.ThreePublicPrefix + "公务用车购置费", "公务用车购置支出为 0 万元"),
        // Inside the parenthesis after 公务用车购置及运行费, its parts go by their short names.
        new("公务用车购置及运行费的括号内简称", new Regex(@"(?<=购置[及和与](?:运行|运维)(?:维护)?费[^（）。；]{0,30}（[^（）]{0,40})(?:车辆)?(?:(?<buy>购置费)|运行(?:维护)?费|运维费)", RegexOptions.Compiled),
            (m, _) => NarrativeItems.ThreePublicPrefix + (m.Groups["buy"].Success ? "公务用车购置费" : "公务用车运行维护费"),
            "公务用车购置及运行费 42.68 万元（包括购置费 9.26 万元、运行费 33.42 万元）"),
        Fixed("公务用车运行维护费", @"(?:公务用车|公车|(?<!购置及)车辆)(?:（含[^（）]{1,12}）)?运行(?:及)?(?:维护)?(?:经费|费|支出)(?!的公务用车)|(?:公务用车|公车)运行(?:及)?维护(?=[\d（])|(?:公务用车|公车)运维(?:费|支出)|公务车辆运行(?:维护)?(?:费)?(?=\d{4}年|\d)", NarrativeItems.ThreePublicPrefix + "公务用车运行维护费", "公务用车运行维护支出 16.95 万元"),
        Fixed("公务接待费", @"(?<!国内)公务(?:接待|招待)(?:经)?(?:费|支出)(?:用)?|(?<!国内)公务接待(?=[\d（]|较|比|同比|增|减|下降|上升|支出|为|共)", NarrativeItems.ThreePublicPrefix + "公务接待费", "公务接待费支出 0 万元"),
        Fixed("国内公务接待", @"国内(?:公务)?接待(?:费|支出)(?:支出)?|国内公务接待", NarrativeItems.ThreePublicPrefix + "国内公务接待费", "国内公务接待支出 0.00 万（含外宾接待支出 0.00 万元）"),
        Fixed("外事接待", @"(?:外事|外宾)接待(?:费|支出)?", NarrativeItems.ThreePublicPrefix + "外事接待费", "其中外事接待累计 0 批次、0 人、0.00 万元"),
        // "其中国内接待费603万元…；国（境）外接待费89万元": beside 国内, not within it (the template's 外宾接待 is within 国内).
        Fixed("国（境）外接待", @"国（境）外(?:公务)?接待(?:费|支出)?", NarrativeItems.ThreePublicPrefix + "国（境）外接待费", "国（境）外接待费 89 万元，共计接待 152 批次"),
        Fixed("出国团组", @"(?:因公出国（境）|出国（境）)?团组", NarrativeItems.ThreePublicCountPrefix + "出国团组", "全年安排因公出国（境）团组 0 个、累计 0 人次"),
        Fixed("购置车辆", @"购置(?:公务用)?车(?:辆)?(?!购置)", NarrativeItems.ThreePublicCountPrefix + "购置车辆", "当年购置公务用车 0 辆"),
        Fixed("购置车辆数", @"(?:公务用车|公车)购置(?:数(?:量)?|(?=\d{1,4}辆))", NarrativeItems.ThreePublicCountPrefix + "购置车辆", "公务用车购置数 18 辆，较上年增加 7 辆"),
        Fixed("保有车辆", @"(?:公务用车|公车|车辆)(?:实际)?保有量|(?<=[，,])实际保有量|公务用车实有数?|(?<=[及和、])保有量|(?:公务用车|公车)?保有(?=\d+辆)|(?:共有|实有)(?:公务用车|公车)(?=\d+辆)", NarrativeItems.ThreePublicCountPrefix + "保有车辆", "开支财政拨款的公务用车保有量为 9 辆"),

        // 其他重要事项.
        Fixed("机关运行经费", @"机关运行经费(?:支出)?", NarrativeItems.OfficeOperatingCost, "机关运行经费支出 185.41 万元"),
        Fixed("政府采购总额", @"政府采购(?:支出)?(?:总额|金额|合同金额|支出|合同)(?:（以合同签订为准）)?|政府采购资金(?:总额)?(?=共计|合计|总计|为|\d)", NarrativeItems.ProcurementTotal, "政府采购金额（以合同签订为准）为 372.34 万元"),
        // 货物/工程/服务 only where the words say procurement: "服务" alone is 就业服务, 商品和服务支出…; a bare "货物13.99万元" listed
        // after 政府采购 in its sentence is one ("2018年度政府采购总额45.24万元，其中：货物13.99万元，工程31.25万元").
        new("采购货物工程服务", new Regex(@"政府采购(?<part>货物|工程|服务)(?:支出)?|(?<part>货物|工程|服务)(?:类)?采购(?:金额|合同金额|支出)?|(?<part>货物|工程|服务)支出金额|(?<=政府采购[^。；]{0,40}[：:，,、])(?<part>货物|工程|服务)(?:类)?(?=\d)", RegexOptions.Compiled),
            (m, _) => NarrativeItems.ProcurementPrefix + m.Groups["part"].Value, "其中：货物采购金额 8.57 万元、工程采购金额 0.00 万元、服务采购金额 363.77 万元"),
        // Shanghai's awards: SMEs won in the projects reserved for them, and in the others; together no more than all procurement.
        new("预留项目中标", new Regex(@"在面向(?<who>中小|小微)企业预留(?:的)?政府采购项目中，?由(?:中小|小微)企业供应商中标或成交的，?(?:采购金额)?", RegexOptions.Compiled),
            (m, _) => NarrativeItems.ProcurementPrefix + m.Groups["who"].Value + "企业预留项目中标", "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额 21.07 万元"),
        Fixed("其他项目中标", @"在其他政府采购项目中，?由中小企业供应商中标或成交的，?(?:采购金额)?", NarrativeItems.ProcurementPrefix + "其他项目中小企业中标",
            "在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额 21.07 万元"),
        // The SME part of one kind ("货物采购授予中小企业合同金额占货物支出金额的84.11%"): its own subject, not 中小企业 as a whole.
        new("采购种类中小企业", new Regex(@"(?<part>货物|工程|服务)(?:类)?采购(?:中)?(?:授予|面向)中小企业(?:的)?(?:合同金额|采购金额)?", RegexOptions.Compiled),
            (m, _) => NarrativeItems.ProcurementPrefix + m.Groups["part"].Value + "中小企业", "货物采购授予中小企业合同金额占货物支出金额的 84.11%"),
        Fixed("中小企业", @"(?:授予|面向)?中小企业(?:的)?(?:合同金额|采购金额|预留政府采购项目预算金额)?", NarrativeItems.ProcurementPrefix + "中小企业", "授予中小企业合同金额 0.00 万元"),
        Fixed("小微企业", @"(?:授予|面向)?小微企业(?:的)?(?:合同金额|采购金额|预留政府采购项目预算金额)?", NarrativeItems.ProcurementPrefix + "小微企业", "其中：授予小微企业合同金额 0.00 万元"),
        Fixed("车辆总数", @"共有车辆|车辆共|实有车辆|(?:公务用车|车辆)总数", NarrativeItems.VehiclesTotal, "截至 2025 年 12 月 31 日，…共有车辆 9 辆"),
        // A name may hold a short parenthesis ("副部（省）级及以上领导用车"); "其中" before it is not part of it, "其他用车" is.
        new("车辆类型", new Regex(@"((?:[\u4e00-\u9fff]|（[\u4e00-\u9fff]{1,2}）){2,10}?)用车(?!保有)", RegexOptions.Compiled),
            // "公务用车" alone is the whole fleet (保有量); "一般公务用车" is a kind beside 执法执勤用车.
            (m, _) => m.Groups[1].Value.EndsWith("公务", StringComparison.Ordinal) && !m.Groups[1].Value.EndsWith("一般公务", StringComparison.Ordinal) ? null
                : NarrativeItems.VehiclePrefix + (m.Groups[1].Value.StartsWith("其中", StringComparison.Ordinal) ? m.Groups[1].Value[2..] : m.Groups[1].Value) + "用车",
            "其中：部级领导干部用车 0 辆、主要领导干部用车 0 辆"),
        new("车型", new Regex(@"(?<=[：:、，,])(轿车|越野车|载客汽车|载货汽车|客车|货车|特种车|专用车)(?=\d)", RegexOptions.Compiled),
            (m, _) => NarrativeItems.VehiclePrefix + m.Groups[1].Value, "共有公务用车0辆，其中：轿车0辆、越野车0辆、载客汽车1辆"),
        Fixed("大型设备", @"(?:单价|单位价值)\d+万元(?:（含）)?以上(?:的)?(?:通用|专用)?设备(?:（不含车辆）)?", NarrativeItems.LargeEquipment, "单价 100 万元（含）以上设备（不含车辆）6 台（套）"),

        // Economic 类/款 names in the basic-expenditure sentences.
        // 会议费 and 培训费 are 经济分类 items a 三公 list sometimes takes in: named, so that their figures are not the 公务接待费 before them.
        Fixed("会议费", @"(?<![\u4e00-\u9fff])会议费(?=[\d（]|支出|增|减|较|比|为|共)", NarrativeItems.EconomicPrefix + "会议费", "会议费34.10万元、培训费51.37万元"),
        Fixed("培训费", @"(?<![\u4e00-\u9fff])培训费(?=[\d（]|支出|增|减|较|比|为|共)", NarrativeItems.EconomicPrefix + "培训费", "会议费减少87.51万元，培训费增加4.66万元"),
        // "对个人和家庭补助支出预算13980元": the 类 303 without its 的 and with 支出 (a numbered "3、" before it is no list).
        Fixed("对个人和家庭的补助", @"(?<!(?<!\d)、)对个人和家庭(?:的)?补助支出(?=预算|决算|\d|为|共|较|比|同比|与)", NarrativeItems.EconomicPrefix + "对个人和家庭的补助", "对个人和家庭补助支出预算13980元，占基本支出预算0.56%"),
        new("经济分类", new Regex("(" + EconomicNames + ")", RegexOptions.Compiled), (m, _) => NarrativeItems.EconomicPrefix + m.Groups[1].Value, "其中：工资福利支出 1248.35 万元"),
    ];
}
