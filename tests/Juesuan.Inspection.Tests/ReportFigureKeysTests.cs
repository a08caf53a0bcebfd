using Juesuan.Core.Tables;

namespace Juesuan.Inspection.Tests;

public class ReportFigureKeysTests
{
    [Fact]
    public void A_table_row_key_names_the_table_the_row_and_the_column() =>
        Assert.Equal("Expenditure/2080101/1", ReportFigureKeys.TableRow(PublicTable.Expenditure, "2080101", 1));

    [Fact]
    public void Prior_year_and_this_years_narrative_figures_have_distinct_keys() =>
        Assert.NotEqual(ReportFigureKeys.PriorYear("支出总计"), ReportFigureKeys.Narrative("支出总计"));
}
