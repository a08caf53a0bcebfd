using Juesuan.Core.Model;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Xlsx;
using Juesuan.Storage;

namespace Juesuan.Web.Services;

/// <summary>A demo account printed on start-up.</summary>
public sealed record DemoAccount(string UserName, string Password, Role Role, string Scope);

/// <summary>
/// `serve --demo`: the sample department and three generated neighbours, each with two published years that went
/// through the real workflow (upload → submit → approve → publish), and one account per role.
/// </summary>
public sealed class DemoSeeder(Store store, Accounts accounts, Workspace workspace)
{
    public const string Password = "Demo-2024";

    /// <summary>The sample package shipped inside the web assembly (samples/lingyuan-hrss-2024).</summary>
    public static FinalAccounts Sample()
    {
        var asm = typeof(DemoSeeder).Assembly;
        byte[]? File(string name)
        {
            using var s = asm.GetManifestResourceStream("demo." + name);
            if (s is null)
            {
                return null;
            }

            using var ms = new MemoryStream();
            s.CopyTo(ms);
            return ms.ToArray();
        }

        var read = PackageReader.Read(new CsvPackageSource("samples/lingyuan-hrss-2024", File));
        return read.Success ? read.Accounts! : throw new InvalidOperationException("sample package: " + string.Join("; ", read.Errors));
    }

    public static byte[] Workbook(FinalAccounts a)
    {
        using var ms = new MemoryStream();
        PackageTemplateWriter.Write(ms, a);
        return ms.ToArray();
    }

    /// <summary>Seeds an empty store; does nothing (and returns the accounts) when the demo is already there.</summary>
    public IReadOnlyList<DemoAccount> Seed()
    {
        var result = new List<DemoAccount>();
        var existing = store.UserByName("admin");
        if (existing is null)
        {
            accounts.Create("admin", "系统管理员", Role.Administrator, Password, null, null, null);
        }

        result.Add(new DemoAccount("admin", Password, Role.Administrator, "全部"));

        var sample = Sample();
        var departments = new List<(string RegionCode, string Slug, string Place, FinalAccounts Accounts)> { (DemoData.SampleRegionCode, "lingyuan", DemoData.SamplePlace, sample) };
        var slugs = new[] { "jianping", "kazuo", "beipiao" };
        for (var i = 0; i < DemoData.Neighbours.Count; i++)
        {
            departments.Add((DemoData.Neighbours[i].RegionCode, slugs[i], DemoData.Neighbours[i].Place, DemoData.Relocate(sample, DemoData.Neighbours[i])));
        }

        foreach (var (regionCode, slug, place, a) in departments)
        {
            var regionId = store.EnsureRegion(regionCode, a.Department.Region);
            var deptId = store.EnsureDepartment(regionId, a.Department.Code, a.Department.Name);
            var unitIds = a.Units.Select(u => store.EnsureUnit(deptId, u.Code, u.Name)).ToList();
            var main = a.Units[0];
            var officer = Ensure("unit-" + slug, main.Name + " 填报员", Role.UnitOfficer, regionId, deptId, unitIds[0]);
            var reviewer = Ensure("reviewer-" + slug, a.Department.Name + " 审核员", Role.DepartmentReviewer, regionId, deptId, null);
            var bureau = Ensure("bureau-" + slug, place + "财政局", Role.FinanceBureau, regionId, null, null);
            result.Add(new DemoAccount(officer.UserName, Password, Role.UnitOfficer, main.Name));
            if (slug == "lingyuan")
            {
                var second = Ensure("unit2-" + slug, a.Units[1].Name + " 填报员", Role.UnitOfficer, regionId, deptId, unitIds[1]);
                result.Add(new DemoAccount(second.UserName, Password, Role.UnitOfficer, a.Units[1].Name));
            }

            result.Add(new DemoAccount(reviewer.UserName, Password, Role.DepartmentReviewer, a.Department.Name));
            result.Add(new DemoAccount(bureau.UserName, Password, Role.FinanceBureau, a.Department.Region));

            if (store.LatestOfDepartment(deptId).Count > 0)
            {
                continue;
            }

            foreach (var year in new[] { DemoData.PriorYear(a), a })
            {
                // One publisher chose to publish its latest report's audit findings with it, so the demo shows both kinds of page.
                PublishThroughWorkflow(year, officer, reviewer, bureau, publishFindings: slug == FindingsPublishedBy && year == a);
            }
        }

        return result;
    }

    private CurrentUser Ensure(string userName, string displayName, Role role, long regionId, long? deptId, long? unitId)
    {
        var u = store.UserByName(userName);
        if (u is null)
        {
            accounts.Create(userName, displayName, role, Password, regionId, deptId, unitId);
            u = store.UserByName(userName)!;
        }

        return new CurrentUser(u.Id, u.UserName, u.DisplayName, role, u.RegionId, u.DepartmentId, u.UnitId);
    }

    /// <summary>The demo department whose latest year is published with its audit findings (同时公开审核结果): 北票市.</summary>
    public const string FindingsPublishedBy = "beipiao";

    private void PublishThroughWorkflow(FinalAccounts a, CurrentUser officer, CurrentUser reviewer, CurrentUser bureau, bool publishFindings)
    {
        var name = $"{a.Department.Name}-{a.Year.Value}.xlsx";
        var up = workspace.UploadAsync(officer, Workbook(a), name, timeLimit: Timeout.InfiniteTimeSpan).GetAwaiter().GetResult();
        Check(up, name);
        var id = up.DraftId!.Value;
        var submitted = workspace.Submit(officer, id, store.Draft(id)!.RowVersion);
        if (!submitted.Ok)
        {
            var errors = store.Draft(id)!.Findings.Where(f => f.Severity == Juesuan.Audit.Severity.Error).Select(f => $"{f.RuleId} {f.Place}：{f.Message}");
            throw new InvalidOperationException($"demo {name}: {submitted.Message} {string.Join("; ", errors)}");
        }

        Check(workspace.Approve(reviewer, id, store.Draft(id)!.RowVersion, "演示数据：部门审核通过"), name);
        Check(workspace.Publish(bureau, id, store.Draft(id)!.RowVersion, null, prerender: false, publishFindings: publishFindings), name); // rendered on first request: start-up stays quick
    }

    private static void Check(WorkResult r, string what)
    {
        if (!r.Ok)
        {
            throw new InvalidOperationException($"demo {what}: {r.Message} {string.Join("; ", r.Errors ?? [])}");
        }
    }
}
