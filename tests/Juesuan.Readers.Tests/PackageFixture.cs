namespace Juesuan.Readers.Tests;

/// <summary>A small valid package written to a temporary folder; tests replace a file to make it bad.</summary>
internal sealed class PackageFixture : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Valid = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["manifest.csv"] = """
            项目,内容
            部门名称,测试局
            地区,某省某市
            年度,2024
            目录版本,2024
            """,
        ["units.csv"] = """
            单位编码,单位名称,单位类型
            001,测试局（本级）,行政单位
            002,测试中心,事业单位
            """,
        ["income.csv"] = """
            单位编码,收入类型,功能分类科目,金额（元）
            001,一般公共预算财政拨款收入,2013201,1500.00
            002,一般公共预算财政拨款收入,2080106,800.50
            """,
        ["expenditure.csv"] = """
            单位编码,功能分类科目,经济分类科目,资金来源,支出类型,项目名称,金额（元）
            001,2013201,30101,一般公共预算财政拨款,基本支出,,1000.00
            001,2013201,30201,一般公共预算财政拨款,基本支出,,500.00
            002,2080106,30226,一般公共预算财政拨款,项目支出,就业服务,800.50
            """,
    };

    public PackageFixture(IReadOnlyDictionary<string, string?>? replace = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "juesuan-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var files = Valid.ToDictionary(kv => kv.Key, kv => (string?)kv.Value, StringComparer.Ordinal);
        foreach (var (name, text) in replace ?? new Dictionary<string, string?>())
        {
            files[name] = text;
        }

        foreach (var (name, text) in files)
        {
            if (text is not null)
            {
                File.WriteAllText(Path.Combine(Folder, name), text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
            }
        }
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
