using Juesuan.Core.Published;
using Juesuan.Readers.Published;

namespace Juesuan.Readers.Tests.Published;

/// <summary>
/// Wordings of other provinces' 部门决算 (重庆, 四川, 安徽, 甘肃, 广西, 广东, 浙江, 福建 …), in sentences cut down from published
/// reports: what each figure is about and what it measures, as a reader of the sentence takes it.
/// </summary>
public sealed class OtherProvincesPhrasingTests
{
    private static List<Claim> Claims(string sentence, string heading = "一、“三公”经费情况说明") =>
        TextReportReader.Read(heading + "\n" + sentence + "\n", "r.txt").Claims.ToList();

    private static void Has(List<Claim> claims, string subject, Measure measure, decimal value) =>
        Assert.Contains(claims, c => c.Subject == subject && c.Measure == measure && c.Number.Value == value);

    [Fact]
    public void A_change_against_the_budget_is_not_year_on_year()
    {
        var claims = Claims("2021年“三公”经费支出决算9.07万元，较年初预算数减少10.93万元，下降54.65%，较上年支出数减少0.71万元，下降7.83%。");
        Has(claims, "三公经费", Measure.BudgetDifference, -10.93m);
        Has(claims, "三公经费", Measure.BudgetDifferenceRate, -54.65m);
        Has(claims, "三公经费", Measure.ChangeAmount, -0.71m);
        Has(claims, "三公经费", Measure.ChangeRate, -7.83m);
        Assert.Single(claims, c => c.Measure == Measure.ChangeAmount);

        Has(Claims("公务接待费支出5.21万元，与2021年度预算相比，减少0.1万元，下降1.88%。"), "三公:公务接待费", Measure.BudgetDifference, -0.1m);

        var budget = Claims("2020年“三公”经费支出决算5.48万元，比预算增加0万元，比上年增加1.55万元，增长39.4%。");
        Has(budget, "三公经费", Measure.BudgetDifference, 0m);
        Has(budget, "三公经费", Measure.ChangeAmount, 1.55m);
    }

    [Fact]
    public void A_change_against_another_year_keeps_that_year()
    {
        var claims = Claims("2023年“三公”经费支出决算62.07万元，完成全年预算84.82万元的73.2%，比上年决算数增加38.97万元，增长168.7%，比2019年（疫情前）决算数减少24.87万元，降低28.6%。");
        Has(claims, "三公经费", Measure.Completion, 73.2m);
        Has(claims, "三公经费", Measure.ChangeAmount, 38.97m);
        Assert.Contains(claims, c => c is { Measure: Measure.BaseYearChange, Year: 2019 } && c.Number.Value == -24.87m);
        Assert.Contains(claims, c => c is { Measure: Measure.BaseYearChangeRate, Year: 2019 } && c.Number.Value == -28.6m);
    }

    [Fact]
    public void The_difference_from_the_budget_is_not_the_budget()
    {
        var claims = Claims("一般公共预算财政拨款支出1741.75万元，完成年初预算103.32%，决算数大于预算数55.93万元。", "一、财政拨款支出情况说明");
        Has(claims, NarrativeItems.GeneralBudgetExpenditure, Measure.BudgetDifference, 55.93m);
        Assert.DoesNotContain(claims, c => c.Measure == Measure.Budget);
    }

    [Fact]
    public void Three_public_categories_by_their_short_names()
    {
        var claims = Claims("2017年公务用车购置安排692万元；公车运行及维护4612万元，较上年下降21%；因公出国100万元，与上年持平。");
        Has(claims, "三公:公务用车购置费", Measure.Amount, 692m);
        Has(claims, "三公:公务用车运行维护费", Measure.Amount, 4612m);
        Has(claims, "三公:公务用车运行维护费", Measure.ChangeRate, -21m);
        Has(claims, "三公:因公出国（境）费", Measure.Amount, 100m);

        Has(Claims("2021年公务接待11.8万元，较上年同期减少0.59万元，减少4.76%。"), "三公:公务接待费", Measure.Amount, 11.8m);
        Has(Claims("公车购置及运行费995万元（其中公务用车购置费38万元，公务用车运行费958万元）。"), "三公:公务用车购置及运行费", Measure.Amount, 995m);
    }

    [Fact]
    public void Totals_and_balances_in_other_words()
    {
        var claims = Claims("本单位2021年度总收入581.45万元，其中本年收入390.55万元，上年结转190.89万元。", "一、收入支出决算总体情况说明");
        Has(claims, NarrativeItems.IncomeTotal, Measure.Amount, 581.45m);
        Has(claims, "本年收入合计", Measure.Amount, 390.55m);
        Has(claims, "上年结转和结余", Measure.Amount, 190.89m);
    }

    [Fact]
    public void Increases_in_spending_and_item_codes_with_a_dash()
    {
        // "增支204万元" is an amount, not the class 204 公共安全支出.
        Assert.DoesNotContain(Claims("人大事务1087万元，较上年增支204万元，增长23.1%。", "一、支出情况说明"), c => c.Subject == "类:204");
        var coded = Claims("1、20103-政府办公厅（室）及相关机构事务9185万元，较2021年决算数增加2686万元，增长41.33%。", "一、2022年支出情况说明");
        Has(coded, "款:20103", Measure.Amount, 9185m);
        Has(coded, "款:20103", Measure.ChangeAmount, 2686m);
    }

    [Fact]
    public void Respectively_gives_each_subject_its_figure()
    {
        var claims = Claims("公务用车购置数及保有量分别为1辆和130辆，公务用车购置数18辆，较上年增加7辆。");
        Has(claims, "三公数量:购置车辆", Measure.Count, 1m);
        Has(claims, "三公数量:保有车辆", Measure.Count, 130m);
        Has(claims, "三公数量:购置车辆", Measure.Count, 18m);
    }

    [Fact]
    public void A_comma_typed_after_a_share_word_and_pinyin_glosses_do_not_hide_figures()
    {
        Has(Claims("公务用车购置及运行维护费23005.58元，占,88.19%。"), "三公:公务用车购置及运行费", Measure.Share, 88.19m);

        var report = TextReportReader.Read("一、支出情况说明\n2017年度，本单位一般公共预（yù）算财政拨款支出总计1741.75万元，决算数（shù）大于预（yù）算数（shù）55.93万元。\n", "r.txt");
        Assert.Contains(report.Claims, c => c.Measure == Measure.BudgetDifference && c.Number.Value == 55.93m);
        Assert.Contains(report.ReaderNotes, n => n.Contains("拼音", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_under_a_topic_heading_is_read()
    {
        var report = TextReportReader.Read("三、其他重要事项\n授予中小企业合同金额5915.87万元，占政府采购支出总额的20.5%。\n", "r.txt");
        Assert.Contains(report.Claims, c => c.Subject == "采购:中小企业" && c.Measure == Measure.Amount && c.Number.Value == 5915.87m && c.Number.Place.Line == 2);
    }

    [Fact]
    public void The_reason_explains_the_budget_relation_just_before_it()
    {
        var report = TextReportReader.Read("一、支出情况说明\n一般公共预算财政拨款支出1741.75万元，与上年相比减少53.7万元，降低2.99%；决算数大于预算数55.93万元，主要原因：职工工资调标增加。\n", "r.txt");
        Assert.All(report.Words.Where(w => w.Kind is WordKind.Up or WordKind.Down), w => Assert.Null(w.Reason));
        Assert.Contains(report.Words, w => w.Kind == WordKind.MoreThanBudget && w.Reason == "职工工资调标增加");
    }

    [Fact]
    public void A_half_width_semicolon_ends_a_clause_and_a_reason()
    {
        // 梁平: the reason of 公务用车购置费's rise ends at ";", where 公务用车运行维护费 is stated with its own fall.
        var report = TextReportReader.Read("一、“三公”经费情况说明\n其中,公务用车购置费252.81万元,较上年增加55万元,主要原因是车辆正常报废后购买新车支出;公务用车运行维护费1072.46万元,较上年减少96.46万元,下降8.25%。\n", "r.txt");
        Assert.Contains(report.Words, w => w.Subject == "三公:公务用车购置费" && w.Kind == WordKind.Up && w.Reason == "车辆正常报废后购买新车支出");
        Assert.Contains(report.Claims, c => c.Subject == "三公:公务用车运行维护费" && c.Measure == Measure.ChangeRate && c.Number.Value == -8.25m);

        // 渝中: "主要是…;" is an aside that ends at the semicolon; the next category is named after it.
        var yuzhong = Claims("其中：公务用车购置安排692万元，主要是执法车辆增加;公车运行及维护4612万元，较上年下降21%，主要是公车改革;公务接待费430万元，与上年持平。");
        Has(yuzhong, "三公:公务用车购置费", Measure.Amount, 692m);
        Has(yuzhong, "三公:公务用车运行维护费", Measure.ChangeRate, -21m);
        Has(yuzhong, "三公:公务接待费", Measure.Amount, 430m);
    }

    [Fact]
    public void A_figure_after_an_undecodable_character_is_not_read()
    {
        var report = TextReportReader.Read("一、支出情况说明\n一般公共预算支出?8639万元，较上年减支5273万元，下降9.8%。\n", "r.txt");
        Assert.DoesNotContain(report.Claims, c => c.Number.Value == 8639m);
        Assert.Contains(report.Statements, s => s.Unread.Contains("8639万元"));
    }

    [Fact]
    public void A_list_named_before_respectively_takes_the_figures_of_the_clauses_after_it()
    {
        // 福建: 购置费 −0.18 (−133.1%), 运行费 −0.56 (−43.7%); "降幅达到" is a rate.
        var claims = Claims("公务用车购置及运行费1.41亿元,包括公务用车购置费0.14亿元和公务用车运行费1.27亿元,与2015年相比,分别减少0.18亿元和0.56亿元,下降133.1%和43.7%。");
        Has(claims, "三公:公务用车购置费", Measure.ChangeAmount, -1800m);
        Has(claims, "三公:公务用车运行维护费", Measure.ChangeAmount, -5600m);
        Has(claims, "三公:公务用车购置费", Measure.ChangeRate, -133.1m);
        Has(claims, "三公:公务用车运行维护费", Measure.ChangeRate, -43.7m);
        Has(Claims("2016年省级“三公”经费支出2.29亿元,比上年减少支出0.88亿元,降幅达到38.7%。"), "三公经费", Measure.ChangeRate, -38.7m);
    }

    [Fact]
    public void Budgets_averages_and_the_appropriation_totals_in_other_words()
    {
        // "相比年初预算数的1.5亿元减少0.3亿元": the budget, and the fall against it; "人均…2.4万元" is an average.
        var claims = Claims("因公出国(境)费共1.2亿元,相比年初预算数的1.5亿元减少0.3亿元,下降24%,人均因公出国(境)费用2.4万元。");
        Has(claims, "三公:因公出国（境）费", Measure.Budget, 15000m);
        Has(claims, "三公:因公出国（境）费", Measure.BudgetDifference, -3000m);
        Assert.DoesNotContain(claims, c => c.Number.Value == 2.4m);

        // No comparison named, the budget stated: the increase is against the budget.
        var implicitBudget = Claims("基本支出2017年预算数3786.71万元,调整数4610.19万元,决算数4610.19万元,增加823.48万元。", "一、支出情况说明");
        Assert.Contains(implicitBudget, c => c.Measure == Measure.BudgetDifference && c.Number.Value == 823.48m);
        Assert.DoesNotContain(implicitBudget, c => c.Measure == Measure.ChangeAmount);

        var totals = Claims("2020年度财政拨款收入总计1614.63万元，支出总计1870.91万元。", "一、财政拨款收入支出决算总体情况说明");
        Has(totals, NarrativeItems.AppropriationTotal, Measure.Amount, 1614.63m);
        Assert.DoesNotContain(totals, c => c.Subject == NarrativeItems.IncomeTotal);
    }

    [Fact]
    public void Vehicle_running_costs_are_the_three_public_category()
    {
        // 甘南: "车辆运行费28.91万元" beside 公务接待费 and 因公出国 is 公务用车运行维护费.
        var claims = Claims("“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元。");
        Has(claims, "三公:公务用车运行维护费", Measure.Amount, 28.91m);
        Assert.DoesNotContain(claims, c => c.Subject == "三公:公务接待费" && c.Number.Value == 28.91m);
    }

    [Fact]
    public void A_figure_after_a_list_ending_in_deng_sums_that_list()
    {
        // "加上…补助、上年结转…等1,756.37万元，收入总计1,867.48万元": 1756.37 is not the 收入总计.
        var claims = Claims("加上托底保障补助、结算补助、上年结转等1,756.37万元，收入总计1,867.48万元。", "一、收入支出决算总体情况说明");
        Has(claims, "收入总计", Measure.Amount, 1867.48m);
        Assert.DoesNotContain(claims, c => c.Number.Value == 1756.37m);

        // With its subject in the clause, the figure is that subject's.
        Has(Claims("公用经费包括办公费、印刷费等146.48万元。", "一、基本支出决算情况说明"), NarrativeItems.PublicCost, Measure.Amount, 146.48m);
    }

    [Fact]
    public void Vehicles_kept_and_the_vehicle_category_without_gouzhi_are_read()
    {
        // "公务用车及运行维护费用61.8万元" is the 三公 category; "公务用车保有7辆" counts vehicles kept, not bought.
        var claims = Claims("“三公”经费支出74.6万元，其中公务用车及运行维护费用61.8万元，公务接待费12.8万元。本年度购置公务用车7辆，年末开支运行维护费的公务用车保有7辆。");
        Has(claims, "三公:公务用车购置及运行费", Measure.Amount, 61.8m);
        Has(claims, "三公数量:购置车辆", Measure.Count, 7m);
        Has(claims, "三公数量:保有车辆", Measure.Count, 7m);
        Assert.Single(claims, c => c.Subject == "三公经费" && c.Measure == Measure.Amount);
    }

    [Fact]
    public void The_parts_of_a_budget_are_budgets()
    {
        var claims = Claims("“三公”经费预算为168.53万元，其中：因公出国（境）费39万元、公务用车运行维护费119.5万元、国内公务接待费10万元。");
        Has(claims, "三公经费", Measure.Budget, 168.53m);
        Has(claims, "三公:因公出国（境）费", Measure.Budget, 39m);
        Has(claims, "三公:公务用车运行维护费", Measure.Budget, 119.5m);
        Assert.DoesNotContain(claims, c => c.Measure == Measure.Amount);

        // Parts whose own words say they were spent stay amounts (in a 决算: a text that speaks only of budgets is a budget statement).
        var spent = Claims("“三公”经费预算为168.53万元，其中：因公出国（境）费支出39万元。", "一、“三公”经费决算情况说明");
        Has(spent, "三公:因公出国（境）费", Measure.Amount, 39m);
    }

    [Fact]
    public void An_item_no_pattern_knows_is_filed_under_its_own_name_not_the_subject_before_it()
    {
        // A hospital's "财政补助收入" and "医疗业务收入" are not the report's totals: their figures are theirs (checked against
        // their own changes and shares, never against a table), and the total before them is still the total.
        var report = TextReportReader.Read("一、收入支出决算总体情况说明\n本单位的总收入8000.00万元，其中财政补助收入1200.50万元，医疗业务收入6500.00万元。\n", "r.txt");
        Has(report.Claims.ToList(), NarrativeItems.IncomeTotal, Measure.Amount, 8000m);
        Assert.DoesNotContain(report.Claims, c => c.Number.Value is 1200.5m or 6500m && !c.Subject.StartsWith(NarrativeItems.NamedItemPrefix, StringComparison.Ordinal));
        Has(report.Claims.ToList(), NarrativeItems.NamedItemPrefix + "财政补助收入", Measure.Amount, 1200.5m);
        Has(report.Claims.ToList(), NarrativeItems.NamedItemPrefix + "医疗业务收入", Measure.Amount, 6500m);
        Assert.Equal((3, 3), report.NarrativeFigureCount);

        // A 结转 of no stated kind stays unread: it may be 年初 or 年末.
        var carried = TextReportReader.Read("一、收入支出决算总体情况说明\n本年收入3277.62万元，占收入总额48.53%，2019年结转3476.69万元，占收入总额的51.47%。\n", "r.txt");
        Assert.DoesNotContain(carried.Claims, c => c.Number.Value is 3476.69m or 51.47m);

        // "当年支出决算为…" names no new item: the figure is the 项 the sentence began with.
        var item = Claims("节能环保支出（类）污染减排（款）生态环境监测与信息（项），主要用于监测站人员支出，年初预算为1464.65万元，当年支出决算为1493.39万元。", "一、一般公共预算财政拨款支出决算情况说明");
        Assert.Contains(item, c => c.Measure == Measure.Amount && c.Number.Value == 1493.39m && c.Subject == "项:2111101");

        // "…公务接待费决算支出238万元": 决算支出 is how the subject named before it was spent.
        Has(Claims("2020年行政事业单位执行公务，以及开展业务活动的交通费、用餐费等公务接待费决算支出238万元，较年初预算下降42%。"), "三公:公务接待费", Measure.Amount, 238m);
    }

    [Fact]
    public void A_comparison_with_a_named_year_takes_that_year_from_the_sentence()
    {
        // No "上年": the sentence names the earlier year itself; its figure is that year's amount and the change is
        // this year against it, not a base-year change to be checked against the tables of some other year.
        var claims = Claims("2014年本年支出合计7926.14万元，比2013年度决算数8750.27万元减少824.13万元。", "一、收入支出决算总体情况说明");
        Has(claims, "本年支出合计", Measure.Amount, 7926.14m);
        Assert.Contains(claims, c => c.Measure == Measure.PriorAmount && c.Number.Value == 8750.27m);
        Assert.DoesNotContain(claims, c => c.Measure == Measure.Amount && c.Number.Value == 8750.27m);
    }

    [Fact]
    public void Approximate_figures_are_not_read_as_amounts()
    {
        var claims = Claims("通过压减一般性支出，本年度“三公”经费节省超1亿元，公务接待费不足2万元。");
        Assert.DoesNotContain(claims, c => c.Number.Value is 1m or 10000m or 2m);
    }

    [Fact]
    public void Funding_words_after_a_three_public_item_qualify_it()
    {
        var claims = Claims("因公出国（境）费2014年财政拨款支出决算数为12.50万元，公务接待费2014年财政拨款支出决算数为3.20万元。");
        Has(claims, "三公:因公出国（境）费", Measure.Amount, 12.5m);
        Has(claims, "三公:公务接待费", Measure.Amount, 3.2m);
        Assert.DoesNotContain(claims, c => c.Subject == NarrativeItems.AppropriationExpenditure);
    }

    [Fact]
    public void The_quoted_short_name_of_the_three_public_costs_is_the_three_public_costs()
    {
        Has(Claims("2015年“三公”支出决算为23.40万元，比上年减少1.20万元。"), "三公经费", Measure.Amount, 23.4m);
    }

    [Fact]
    public void Two_totals_listed_under_one_name_take_their_figures_in_order()
    {
        // "收、支总计各是A，B万元": the first figure is income's, the second spending's; the change and the rate likewise.
        var claims = Claims("2022年度收、支总计各是4125.49，4143.91万元。与2021年相比，收、支总计各减少1267.86，2570.97万元，各下降23.51%、38.28%。", "一、收入支出决算总体情况说明");
        Has(claims, NarrativeItems.IncomeTotal, Measure.Amount, 4125.49m);
        Has(claims, NarrativeItems.ExpenditureTotal, Measure.Amount, 4143.91m);
        Has(claims, NarrativeItems.IncomeTotal, Measure.ChangeAmount, -1267.86m);
        Has(claims, NarrativeItems.ExpenditureTotal, Measure.ChangeAmount, -2570.97m);
        Has(claims, NarrativeItems.IncomeTotal, Measure.ChangeRate, -23.51m);
        Has(claims, NarrativeItems.ExpenditureTotal, Measure.ChangeRate, -38.28m);
        Assert.Equal(6, claims.Count);
    }

    [Fact]
    public void A_year_before_a_total_without_benian_is_this_year()
    {
        var claims = Claims("2021年度收入合计351.38万元，较上年决算数减少10.95万元，下降3.0%。2021年度支出合计374.03万元。", "一、收入支出决算总体情况说明");
        Has(claims, "本年收入合计", Measure.Amount, 351.38m);
        Has(claims, "本年收入合计", Measure.ChangeAmount, -10.95m);
        Has(claims, "本年支出合计", Measure.Amount, 374.03m);
    }

    [Fact]
    public void A_part_titled_decision_explanation_is_the_narrative()
    {
        // Beijing's parts: 报表 (published apart), 部门决算说明, 其他重要事项的情况说明 — the 说明 parts are the narrative.
        var text = "目 录\n第一部分 2019年度部门决算报表\n第二部分 2019年度部门决算说明\n第三部分 2019年度其他重要事项的情况说明\n"
            + "第一部分 2019年度部门决算报表\n报表详见附件\n第二部分 2019年度部门决算说明\n二、收入支出决算总体情况说明\n"
            + "2019年度收、支总计8913.97万元，比上年增加1692.21万元，增长23.43%。\n";
        var report = TextReportReader.Read(text, "r.txt");
        Has(report.Claims.ToList(), NarrativeItems.IncomeTotal, Measure.Amount, 8913.97m);
        Has(report.Claims.ToList(), NarrativeItems.ExpenditureTotal, Measure.ChangeRate, 23.43m);
    }

    [Fact]
    public void A_change_against_last_years_budget_checks_nothing_of_this_year()
    {
        var claims = Claims("某镇2020年“三公”经费决算数共计42.60万元，比上年预算数字下降21.30%，比上年决算数字下降18.75%。");
        Has(claims, "三公经费", Measure.Amount, 42.6m);
        Has(claims, "三公经费", Measure.ChangeRate, -18.75m);
        Assert.DoesNotContain(claims, c => c.Number.Value is 21.3m or -21.3m);
    }

    [Fact]
    public void Official_reception_without_fei_before_a_comparison_is_the_category()
    {
        var claims = Claims("2022年度“三公”经费预算较2021年度增加2.10万元，其中公务接待较上年同期减少0.64万元，减少5.12%。");
        Has(claims, "三公:公务接待费", Measure.ChangeAmount, -0.64m);
        Has(claims, "三公:公务接待费", Measure.ChangeRate, -5.12m);
        Assert.DoesNotContain(claims, c => c.Subject == "三公经费" && c.Number.Value is -0.64m or -5.12m);
    }

    [Fact]
    public void A_rate_in_brackets_after_a_change_is_the_change_rate()
    {
        // 陕西 三公 statements: "较上年减少1.5万元（39.47%）".
        var claims = Claims("公务接待费2.30万元，较上年减少1.5万元（39.47%），主要原因是压减接待。");
        Has(claims, "三公:公务接待费", Measure.ChangeAmount, -1.5m);
        Has(claims, "三公:公务接待费", Measure.ChangeRate, -39.47m);
        Assert.DoesNotContain(Claims("公务接待费2.30万元，较上年减少1.5万元（主要是压减接待），占三公经费的40%。"), c => c.Measure == Measure.ChangeRate);
    }

    [Fact]
    public void A_share_of_the_budget_is_a_completion_rate()
    {
        var claims = Claims("一般公共服务支出112861万元，占调整预算104.5%。", "一、财政拨款支出情况说明");
        Assert.Contains(claims, c => c.Measure == Measure.Completion && c.Number.Value == 104.5m && c.Basis == BudgetBasis.Adjusted);
        Assert.Contains(Claims("公务接待费支出12万元，占预算（指调整预算，下同）的100.17%。"), c => c.Measure == Measure.Completion && c.Number.Value == 100.17m);
        Assert.DoesNotContain(claims, c => c.Measure == Measure.Share);
    }

    [Fact]
    public void An_amount_is_never_a_function_code()
    {
        // 217 万元 is an amount, not 217 金融支出; 21,903 万元 is not the 款 21903.
        var claims = Claims("公务接待费支出122万元，较预算数339万元减少217万元，下降64%。");
        Assert.DoesNotContain(claims, c => c.Subject.StartsWith(NarrativeItems.ClassPrefix, StringComparison.Ordinal));
        Has(claims, "三公:公务接待费", Measure.BudgetDifferenceRate, -64m);
        Assert.DoesNotContain(Claims("一般公共预算结余21,903万元，较上年增加21,903万元。", "一、收入支出决算总体情况说明"),
            c => c.Subject.StartsWith(NarrativeItems.KuanPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void The_parts_of_an_amount_compared_with_a_budget_are_amounts()
    {
        // The bracket lists the parts of 1012 (spent), not of the budget 898 it was compared with.
        var claims = Claims("公务用车购置及运行维护费为1012万元，较预算数898万元增加114万元，增长13%（其中：公务用车购置费209万元，公务用车运行维护费803万元）。");
        Has(claims, "三公:公务用车购置费", Measure.Amount, 209m);
        Has(claims, "三公:公务用车运行维护费", Measure.Amount, 803m);
        // A budget the sentence opens with keeps its parts as budgets.
        Has(Claims("“三公”经费预算为168.53万元，其中：因公出国（境）费39万元。"), "三公:因公出国（境）费", Measure.Budget, 39m);
    }

    [Fact]
    public void A_count_of_something_unnamed_is_not_a_delegation()
    {
        var claims = Claims("因公出国（境）费0万元。\n今年，省级公开部门达131个，涵盖所有使用财政拨款的部门。");
        Assert.DoesNotContain(claims, c => c.Number.Value == 131m);
        Has(Claims("因公出国（境）费10万元，组织团组2个。"), "三公数量:出国团组", Measure.Count, 2m);
    }

    [Fact]
    public void Inside_the_parenthesis_after_the_vehicle_costs_their_parts_go_by_short_names()
    {
        // 购置费 and 运行费 in "（包括…）" after 公务用车购置及运行费 are its two parts, not more of the parent.
        var claims = Claims("公务用车购置及运行费20.50万元（包括购置费5.20万元、运行费15.30万元），减少1.10万元。");
        Has(claims, "三公:公务用车购置及运行费", Measure.Amount, 20.5m);
        Has(claims, "三公:公务用车购置费", Measure.Amount, 5.2m);
        Has(claims, "三公:公务用车运行维护费", Measure.Amount, 15.3m);
        Has(claims, "三公:公务用车购置及运行费", Measure.ChangeAmount, -1.1m);
        Assert.Single(claims, c => c.Subject == "三公:公务用车购置及运行费" && c.Measure == Measure.Amount);

        // Without the parent before them they are not named: the figures go to the subject the sentence has.
        Assert.DoesNotContain(Claims("公务接待费3.00万元（包括购置费1.00万元）。"), c => c.Subject == "三公:公务用车购置费");
    }

    [Fact]
    public void A_vehicle_kind_with_a_parenthesis_in_its_name_is_read_whole()
    {
        // "副部（省）级" does not end the aside: the total is the fleet's, the kinds keep their names ("其他用车", not "他用车").
        var claims = Claims("公务用车总数20辆（其中：副部（省）级及以上领导用车1辆，主要领导干部用车3辆，其他用车16辆）。", "一、基本情况");
        Has(claims, NarrativeItems.VehiclesTotal, Measure.Count, 20m);
        Has(claims, NarrativeItems.VehiclePrefix + "副部（省）级及以上领导用车", Measure.Count, 1m);
        Has(claims, NarrativeItems.VehiclePrefix + "主要领导干部用车", Measure.Count, 3m);
        Has(claims, NarrativeItems.VehiclePrefix + "其他用车", Measure.Count, 16m);
        Assert.Equal(4, claims.Count);
    }

    [Fact]
    public void A_numbered_item_name_alone_on_its_line_heads_the_line_after_it()
    {
        // 宜宾: "二、公务接待费" / "2017年公务接待费1014万元，比预算数减少850万元。" — the figures are read, not lost in the heading.
        var claims = TextReportReader.Read("一、“三公”经费情况\n二、公务接待费\n2017年公务接待费1014万元，比预算数减少850万元。\n", "r.txt").Claims.ToList();
        Has(claims, "三公:公务接待费", Measure.Amount, 1014m);
        Has(claims, "三公:公务接待费", Measure.BudgetDifference, -850m);
    }

    [Fact]
    public void A_budget_named_after_a_year_is_a_budget_not_that_year()
    {
        var claims = Claims("2015年“三公”经费决算数1848.26万元，比2015年“三公”经费财政拨款年初预算2184.89万元减少336.63万元。");
        Has(claims, "三公经费", Measure.BudgetDifference, -336.63m);
        // "与2024年度相比，一般公共预算财政拨款支出增加…": 一般公共预算 is a fund's name, the comparison is with 2024.
        var fund = Claims("与2024年度相比，一般公共预算财政拨款支出增加6485.08万元，增长35.93%。", "一、一般公共预算财政拨款支出决算情况说明");
        Assert.DoesNotContain(fund, c => c.Measure == Measure.BudgetDifference);
    }

    [Fact]
    public void The_vehicle_costs_by_other_conjunctions_and_short_names()
    {
        Has(Claims("去年公务用车购置和运行维护费5亿元，相比预算数6.1亿元减少1.1亿元。"), "三公:公务用车购置及运行费", Measure.Amount, 50000m);
        Has(Claims("公务用车购置及运维费30.93万元。"), "三公:公务用车购置及运行费", Measure.Amount, 30.93m);
        Has(Claims("2017年未购置公务用车。截至2017年12月底，单位共有公务用车918辆。"), "三公数量:保有车辆", Measure.Count, 918m);
    }

    [Fact]
    public void A_relation_word_belongs_to_the_subject_named_with_it()
    {
        var words = TextReportReader.Read("一、“三公”经费情况说明\n公务接待费支出决算为6.15万元，完成预算6.16万元的99.8%。2017年度“三公”经费支出决算大于预算数的主要原因是公务活动增加。\n", "r.txt").Words;
        Assert.Contains(words, w => w.Kind == WordKind.MoreThanBudget && w.Subject == NarrativeItems.ThreePublicTotal);
    }

    [Fact]
    public void Meeting_and_training_costs_in_a_three_public_list_are_not_reception_costs()
    {
        var claims = Claims("2022年的“三公”经费决算数合计为1000.86万元，其中：因公出国（境）费0万元、公务用车购置费399.25万元、公务用车运行维护费472.38万元、公务接待费43.77万元、会议费34.10万元、培训费51.37万元。");
        Has(claims, "三公:公务接待费", Measure.Amount, 43.77m);
        Has(claims, NarrativeItems.EconomicPrefix + "会议费", Measure.Amount, 34.10m);
        Assert.DoesNotContain(claims, c => c.Subject == "三公:公务接待费" && c.Number.Value is 34.10m or 51.37m);
    }

    [Fact]
    public void A_year_glued_to_last_years_amount_is_not_read_as_an_amount()
    {
        // "与2019498.83万元相比": 2019 and 498.83 with nothing between them; no sum is made of 2,019,498.83 万元.
        var claims = Claims("2020年度收入总计424.71万元，与2019498.83万元相比，收入减少74.12万元，下降14.86%。", "一、收入支出决算总体情况说明");
        Assert.DoesNotContain(claims, c => c.Number.Value > 1_000_000m);
        Has(claims, "收入总计", Measure.Amount, 424.71m);
    }

    [Fact]
    public void The_basic_expenditure_a_share_is_of_is_the_sentences_own()
    {
        // "财政拨款基本支出3455.91万元，其中：人员经费1565.86万元，占基本支出的45.31%": of the 3455.91, not the unit's whole 基本支出.
        var claims = Claims("2020年度财政拨款基本支出3455.91万元，其中：人员经费1565.86万元，占基本支出的45.31%。", "六、财政拨款基本支出决算情况说明");
        Has(claims, NarrativeItems.AppropriationBasic, Measure.Amount, 3455.91m);
        Assert.Contains(claims, c => c.Subject == NarrativeItems.PersonnelCost && c.Measure == Measure.Share && c.Whole == NarrativeItems.AppropriationBasic);
    }

    [Fact]
    public void Reception_funds_are_the_reception_costs()
    {
        var claims = Claims("（一）因公出国（境）费支出0万元，与上年持平。\n（二）公务接待经费支出26.4万元，与2015年度决算相比，减少9.6万元，下降26.67%。");
        Has(claims, "三公:公务接待费", Measure.Amount, 26.4m);
        Has(claims, "三公:公务接待费", Measure.ChangeRate, -26.67m);
    }
}
