using System.Data.Common;
using Dapper;
using Juesuan.Tests;

namespace Juesuan.Storage.Tests;

/// <summary>One server for every PostgreSQL test in this assembly.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}

/// <summary>The store's behaviour, run against both SQLite and a real PostgreSQL server.</summary>
public abstract class StoreTests
{
    protected abstract Database NewDatabase();

    private (Store Store, long Dept, long Unit, long User) Seed()
    {
        var db = NewDatabase();
        db.Migrate();
        var store = new Store(db);
        var region = store.EnsureRegion("211382", "辽宁省朝阳市凌源市");
        var dept = store.EnsureDepartment(region, "190", "凌源市人力资源和社会保障局");
        var unit = store.EnsureUnit(dept, "190001", "本级");
        var user = store.CreateUser("u1", "填报员", Role.UnitOfficer, "hash", region, dept, unit);
        return (store, dept, unit, user);
    }

    private static NewPackage Package(long dept, string hash = "h1") =>
        new(dept, 2024, [1, 2, 3], "xlsx", "p.xlsx", hash, [], 0, 0);

    private static long Approved(Store store, long dept, long unit, long user, string hash = "h1")
    {
        var id = store.CreateDraft(Package(dept, hash), unit, user);
        Assert.True(store.Transition(id, 1, [DraftState.Draft], DraftState.Submitted, user));
        Assert.True(store.Transition(id, 2, [DraftState.Submitted], DraftState.Approved, user));
        return id;
    }

    [Fact]
    public void Migrations_apply_once_and_record_the_schema_version()
    {
        var db = NewDatabase();
        Assert.Equal([1, 2, 3, 4, 5, 6], db.Migrate().Select(m => m.Version));
        Assert.Empty(db.Migrate());
        Assert.Equal(6, db.SchemaVersion());
        Assert.Equal(Database.Migrations(DatabaseKind.Sqlite).Select(m => m.Name), Database.Migrations(DatabaseKind.PostgreSql).Select(m => m.Name));
    }

    [Fact]
    public void An_inspection_keeps_its_files_until_inspected_resumes_and_publishes_one_ranking_per_region_and_year()
    {
        var (store, _, _, user) = Seed();
        var inspections = new InspectionStore(store.Database);
        var region = store.EnsureRegion("211382", "辽宁省朝阳市凌源市");
        var id = inspections.Create(region, "reports.zip", [("a.pdf", [1, 2]), ("b.pdf", [3])], user, "u1");
        Assert.Equal((InspectionStates.Queued, 2, 0), (inspections.Find(id)!.State, inspections.Find(id)!.FileCount, inspections.Find(id)!.DoneCount));
        Assert.Equal([id], inspections.Unfinished());

        Assert.True(inspections.StoreFileResult(id, 1, "{\"b\":1}"));
        Assert.False(inspections.StoreFileResult(id, 1, "{\"b\":2}")); // a second result of one file changes nothing
        Assert.Empty(inspections.Content(id, 1)); // its bytes are let go
        Assert.Equal([(0, "a.pdf")], inspections.Pending(id));
        Assert.Equal([1, 2], inspections.Content(id, 0));
        Assert.Equal(1, inspections.Find(id)!.DoneCount);
        Assert.False(inspections.Publish(id, user, "u1")); // not finished: nothing to publish

        inspections.StoreFileResult(id, 0, "{\"a\":1}");
        Assert.Equal(["{\"a\":1}", "{\"b\":1}"], inspections.FileResults(id));
        Assert.True(inspections.Finish(id, 2024, "{}"));
        Assert.False(inspections.Finish(id, 2024, "{\"again\":1}"));
        Assert.Equal("{}", inspections.ResultJson(id));
        Assert.Empty(inspections.Unfinished());

        var second = inspections.Create(region, "again.zip", [("a.pdf", [1])], user, "u1");
        inspections.StoreFileResult(second, 0, "{}");
        inspections.Finish(second, 2024, "{}");
        Assert.True(inspections.Publish(id, user, "u1"));
        Assert.Equal((id, "填报员"), (inspections.Published(region, 2024)!.Id, inspections.Published(region, 2024)!.PublishedByName));
        Assert.True(inspections.Publish(second, user, "u1")); // the region's 2024 ranking is now the second's
        Assert.Equal(second, Assert.Single(inspections.AllPublished()).Id);
        Assert.True(inspections.Unpublish(second, user, "u1"));
        Assert.False(inspections.Unpublish(second, user, "u1"));
        Assert.Null(inspections.Published(region, 2024));
        Assert.Equal(["公开检查排名撤回", "公开检查排名发布"], store.Trail(InspectionStore.Target(second)).Take(2).Select(t => t.Action));
    }

    [Fact]
    public void A_stale_row_version_changes_nothing()
    {
        var (store, dept, unit, user) = Seed();
        var id = store.CreateDraft(Package(dept), unit, user);
        Assert.True(store.Transition(id, 1, [DraftState.Draft], DraftState.Submitted, user));
        Assert.False(store.Transition(id, 1, [DraftState.Draft, DraftState.Submitted], DraftState.Approved, user));
        Assert.False(store.ReplacePackage(id, 1, Package(dept, "h2"), user));
        var d = store.Draft(id)!;
        Assert.Equal((DraftState.Submitted, 2, "h1"), (d.State, d.RowVersion, d.PackageHash));
    }

    [Fact]
    public void Findings_states_and_roles_come_back_typed()
    {
        var (store, dept, unit, user) = Seed();
        Juesuan.Audit.AuditFinding[] findings =
        [
            new("T-TOTAL", Juesuan.Audit.Severity.Error, "公开02表 收入决算表 合计行", "合计 7,973 与 各类之和 7,970")
            {
                Printed = 7973m, Computed = 7970m, Tolerance = 2.5m, MessageId = Juesuan.Audit.Messages.AuditMessageId.SumWithinRounding,
            },
            new("W-TERMS", Juesuan.Audit.Severity.Note, "report.pdf 第10页（页脚第8页），report.txt 第196行", "同一事项两种名称")
            {
                Output = new Juesuan.Audit.OutputPlace(196) { PdfPage = 10, PdfLastPage = 10, PdfPageNumber = 8, PdfLastPageNumber = 8 },
            },
        ];
        var id = store.CreateDraft(Package(dept) with { Findings = findings, ErrorCount = 1 }, unit, user);

        var d = store.Draft(id)!;
        Assert.Equal(DraftState.Draft, d.State);
        Assert.Equal(findings.Select(f => (f.RuleId, f.Severity, f.Place, f.Message, f.Printed, f.Computed, f.Difference, f.Tolerance)),
            d.Findings.Select(f => (f.RuleId, f.Severity, f.Place, f.Message, f.Printed, f.Computed, f.Difference, f.Tolerance)));
        Assert.Equal(findings.Select(f => f.Output), d.Findings.Select(f => f.Output));
        Assert.Equal(new Juesuan.Audit.Messages.AuditMessageId?[] { Juesuan.Audit.Messages.AuditMessageId.SumWithinRounding, null }, d.Findings.Select(f => f.MessageId));
        Assert.Contains("\"messageId\":\"SumWithinRounding\"", StoredFindings.Write(findings), StringComparison.Ordinal);
        Assert.Equal(Role.UnitOfficer, store.User(user)!.Role);
    }

    [Fact]
    public void Publishing_numbers_versions_and_a_correction_needs_a_revision_note()
    {
        var (store, dept, unit, user) = Seed();
        var first = store.Publish(Approved(store, dept, unit, user), 3, "h1", "凌源市 2024", null, user, "u1")!;
        Assert.Equal(1, first.VersionNo);
        var second = Approved(store, dept, unit, user, "h2");
        var ex = Assert.Throws<StoreException>(() => store.Publish(second, 3, "h2", "凌源市 2024", "  ", user, "u1"));
        Assert.Contains("更正说明", ex.Message, StringComparison.Ordinal);
        Assert.Equal(DraftState.Approved, store.Draft(second)!.State);
        Assert.Null(store.Publish(second, 2, "h2", "x", "更正第 3 页", user, "u1")); // stale version
        var v2 = store.Publish(second, 3, "h2", "凌源市 2024", "更正第 3 页", user, "u1")!;
        Assert.Equal((2, "更正第 3 页"), (v2.VersionNo, v2.RevisionNote));
        Assert.Equal([2, 1], store.Versions(dept, 2024).Select(v => v.VersionNo));
        Assert.Equal(v2.Id, Assert.Single(store.Search(new ReportQuery()).Items).Id);
    }

    [Fact]
    public void The_choice_to_publish_findings_is_stored_with_the_publication_changed_later_and_in_the_trail()
    {
        var (store, dept, unit, user) = Seed();
        var bureau = store.CreateUser("b1", "凌源市财政局", Role.FinanceBureau, "hash", store.Regions()[0].Id, null, null);
        Juesuan.Audit.AuditFinding[] findings =
        [
            new("N-YOY", Juesuan.Audit.Severity.Warning, "第3页 第160行", "增长 12.00%，应为 12.50%"),
            new("T-TOTAL", Juesuan.Audit.Severity.Note, "公开02表", "尾差"),
            new("T-LEVELS", Juesuan.Audit.Severity.Note, "公开03表", "尾差"),
        ];
        var hidden = store.Publish(Approved(store, dept, unit, user), 3, "h1", "凌源市 2024", null, bureau, "b1")!;
        var draft = store.CreateDraft(Package(dept, "h2") with { Findings = findings, WarningCount = 1 }, unit, user);
        store.Transition(draft, 1, [DraftState.Draft], DraftState.Submitted, user);
        store.Transition(draft, 2, [DraftState.Submitted], DraftState.Approved, user);
        var shown = store.Publish(draft, 3, "h2", "凌源市 2024", "更正", bureau, "b1", "10.0.0.9", publishFindings: true)!;

        // Stored with the publication (off by default), and read back typed.
        Assert.False(store.FindingsPublication(hidden.Id)!.Published);
        var choice = store.FindingsPublication(shown.Id)!;
        Assert.Equal((shown.Id, true, "凌源市财政局"), (choice.VersionId, choice.Published, choice.ChangedByName));
        Assert.Equal(new HashSet<long> { shown.Id }, store.WithFindingsPublished([hidden.Id, shown.Id, 999_999]));
        Assert.Empty(store.WithFindingsPublished([]));
        var published = store.Trail($"report:{shown.Id}").Single();
        Assert.Contains("同时公开审核结果（错误 0 个、警告 1 个、提示 2 个）", published.Detail, StringComparison.Ordinal);
        Assert.Contains("审核结果不公开", store.Trail($"report:{hidden.Id}").Single().Detail, StringComparison.Ordinal);

        // Changed later: each change one trail entry with its address; a change to what it already is writes nothing.
        Assert.False(store.SetFindingsPublished(shown.Id, true, bureau, "b1"));
        Assert.True(store.SetFindingsPublished(shown.Id, false, bureau, "b1", "10.0.0.9"));
        Assert.False(store.FindingsPublication(shown.Id)!.Published);
        Assert.Empty(store.WithFindingsPublished([shown.Id]));
        Assert.True(store.SetFindingsPublished(hidden.Id, true, bureau, "b1"));
        Assert.False(store.SetFindingsPublished(999_999, true, bureau, "b1"));
        var trail = store.Trail($"report:{shown.Id}");
        Assert.Equal(["撤回公开审核结果", "发布"], trail.Select(t => t.Action));
        Assert.Equal("10.0.0.9", trail[0].Address);
        Assert.Equal("公开审核结果", store.Trail($"report:{hidden.Id}")[0].Action);
        Assert.Equal("凌源市人力资源和社会保障局 2024 年度第 1 版：在公开页面同时公开审核结果（错误 0 个、警告 0 个、提示 0 个）", store.Trail($"report:{hidden.Id}")[0].Detail);

        // A version published before the choice was stored (no row) is not published, and can be published.
        using (var c = store.Database.Open())
        {
            c.Execute("DELETE FROM report_findings_publication WHERE version_id = @Id", new { hidden.Id });
        }

        Assert.Null(store.FindingsPublication(hidden.Id));
        Assert.False(store.SetFindingsPublished(hidden.Id, false, bureau, "b1"));
        Assert.True(store.SetFindingsPublished(hidden.Id, true, bureau, "b1"));
        Assert.True(store.FindingsPublication(hidden.Id)!.Published);
    }

    [Fact]
    public void Published_versions_and_the_audit_trail_cannot_be_changed_or_deleted()
    {
        var (store, dept, unit, user) = Seed();
        var v = store.Publish(Approved(store, dept, unit, user), 3, "h1", "s", null, user, "u1")!;
        store.Record(user, "u1", "发布", "report:1", "");
        using var c = store.Database.Open();
        Assert.ThrowsAny<DbException>(() => c.Execute("UPDATE report_versions SET content_hash = 'x' WHERE id = @Id", new { v.Id }));
        Assert.ThrowsAny<DbException>(() => c.Execute("DELETE FROM report_versions"));
        Assert.ThrowsAny<DbException>(() => c.Execute("UPDATE audit_trail SET detail = 'x'"));
        Assert.ThrowsAny<DbException>(() => c.Execute("DELETE FROM audit_trail"));
        Assert.Equal("h1", store.Version(v.Id)!.ContentHash);
        Assert.Equal(["发布", "发布"], store.Trail().Select(t => t.Action)); // the publication's own entry and the one recorded above
    }

    [Fact]
    public void A_publication_and_its_trail_entry_are_written_together()
    {
        var (store, dept, unit, user) = Seed();
        var id = Approved(store, dept, unit, user);
        var v = store.Publish(id, 3, "h1", "s", null, user, "u1", "192.0.2.7")!;
        var entry = Assert.Single(store.Trail(), t => t.Action == "发布");
        Assert.Equal(("report:" + v.Id, "u1", "192.0.2.7"), (entry.Target, entry.UserName, entry.Address));
        Assert.Contains("第 1 版", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("SHA-256 h1", entry.Detail, StringComparison.Ordinal);

        // A failure after the version row (the trail entry cannot be written: no user name) rolls back the version too.
        var second = Approved(store, dept, unit, user, "h2");
        var trailBefore = store.Trail().Count;
        Assert.ThrowsAny<DbException>(() => store.Publish(second, 3, "h2", "s", "更正", user, null!));
        Assert.Equal(DraftState.Approved, store.Draft(second)!.State);
        Assert.Equal([1], store.Versions(dept, 2024).Select(x => x.VersionNo));
        Assert.Equal(trailBefore, store.Trail().Count);
    }

    [Fact]
    public void The_security_stamp_changes_at_lockout_password_change_disabling_and_logout()
    {
        var (store, _, _, user) = Seed();
        var stamps = new List<string> { store.User(user)!.SecurityStamp };
        Assert.Equal(32, stamps[0].Length);
        Assert.NotEqual(stamps[0], store.User(store.CreateUser("u2", "x", Role.Administrator, "h", null, null, null))!.SecurityStamp);

        for (var i = 0; i < 4; i++)
        {
            store.RecordFailedLogin(user, 5, long.MaxValue);
        }

        Assert.Equal(stamps[^1], store.User(user)!.SecurityStamp); // a wrong password alone ends nothing
        store.RecordFailedLogin(user, 5, long.MaxValue);
        stamps.Add(store.User(user)!.SecurityStamp); // locked
        store.SetPassword(user, "new-hash");
        stamps.Add(store.User(user)!.SecurityStamp);
        Assert.Null(store.User(user)!.LockedUntil);
        Assert.True(store.SetDisabled(user, true));
        stamps.Add(store.User(user)!.SecurityStamp);
        Assert.True(store.User(user)!.Disabled);
        store.RenewStamp(user);
        stamps.Add(store.User(user)!.SecurityStamp);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());

        Assert.True(store.SetDisabled(user, false));
        Assert.False(store.User(user)!.Disabled);
        Assert.False(store.SetDisabled(999_999, true));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("'; DROP TABLE report_versions; --")]
    [InlineData("\" OR 1=1 --")]
    public void Search_words_are_text_not_sql_or_patterns(string words)
    {
        var (store, dept, unit, user) = Seed();
        store.Publish(Approved(store, dept, unit, user), 3, "h1", "凌源市人力资源和社会保障局 2024 就业补助", null, user, "u1");
        Assert.Equal(0, store.Search(new ReportQuery(Words: words)).Total);
        Assert.Equal(1, store.Search(new ReportQuery(Words: "就业 凌源市")).Total);
        Assert.Equal(0, store.Search(new ReportQuery(Words: "就业 北票市")).Total);
    }

    private const string ThreePublicText = "凌源市人力资源和社会保障局 辽宁省朝阳市凌源市 2024 本级\n三、“三公”经费财政拨款支出决算情况说明\n"
        + "2024年度“三公”经费财政拨款支出决算为１２.３４万元，完成年初预算的95.00%。";

    // The placeholder's own example: the report prints “三公”经费; quotes, full-width forms and partial words are found alike.
    [Theory]
    [InlineData("三公经费", 1)]
    [InlineData("“三公”经费", 1)]
    [InlineData("\"三公\"经费", 1)]
    [InlineData("「三公」经费", 1)]
    [InlineData("三公", 1)]
    [InlineData("公经", 1)]
    [InlineData("经费 三公", 1)]
    [InlineData("三公经费，凌源市", 1)]
    [InlineData("12.34万元", 1)]
    [InlineData("１２３４", 1)]
    [InlineData("三公经费预算", 0)]
    [InlineData("三公 北票市", 0)]
    [InlineData("“”", 0)]
    public void Search_finds_chinese_words_whatever_the_quotes_and_widths(string words, int expected)
    {
        var (store, dept, unit, user) = Seed();
        store.Publish(Approved(store, dept, unit, user), 3, "h1", ThreePublicText, null, user, "u1");
        Assert.Equal(expected, store.Search(new ReportQuery(Words: words)).Total);
    }

    [Fact]
    public void Versions_published_before_the_search_index_are_indexed_at_start_up()
    {
        var (store, dept, unit, user) = Seed();
        var v = store.Publish(Approved(store, dept, unit, user), 3, "h1", ThreePublicText, null, user, "u1")!;
        using (var c = store.Database.Open())
        {
            c.Execute("DELETE FROM report_search"); // as a database migrated from schema 3 has it
        }

        Assert.Equal(0, store.Search(new ReportQuery(Words: "三公经费")).Total);
        Assert.Equal(1, store.IndexForSearch());
        Assert.Equal(0, store.IndexForSearch());
        Assert.Equal(v.Id, Assert.Single(store.Search(new ReportQuery(Words: "三公经费")).Items).Id);
        Assert.Equal(ThreePublicText, store.SearchTextOf(v.Id));
    }

    [Theory]
    [InlineData(200_000_000, 100)]
    [InlineData(int.MaxValue, int.MaxValue)]
    [InlineData(int.MinValue, int.MinValue)]
    public void Search_pages_far_out_of_range_answer_empty_not_an_overflow(int page, int size)
    {
        var (store, dept, unit, user) = Seed();
        store.Publish(Approved(store, dept, unit, user), 3, "h1", "凌源市人力资源和社会保障局 2024", null, user, "u1");
        var result = store.Search(new ReportQuery(Page: page, PageSize: size));
        Assert.Equal(1, result.Total);
        Assert.True(result.PageNumber is >= 1 and <= ReportQuery.MaxPage);
        Assert.True(result.PageSize is >= 1 and <= ReportQuery.MaxPageSize);
        Assert.False(new ReportQuery(Page: page, PageSize: size).InRange);
    }

    [Fact]
    public void Failed_sign_ins_lock_the_account_at_the_limit()
    {
        var (store, _, _, user) = Seed();
        for (var i = 0; i < 4; i++)
        {
            store.RecordFailedLogin(user, 5, 999);
        }

        Assert.Null(store.User(user)!.LockedUntil);
        store.RecordFailedLogin(user, 5, 999);
        Assert.Equal((5, 999L), (store.User(user)!.FailedLogins, store.User(user)!.LockedUntil));
        store.ResetFailedLogins(user);
        Assert.Equal((0, (long?)null), (store.User(user)!.FailedLogins, store.User(user)!.LockedUntil));
    }

    [Fact]
    public void A_duplicate_user_name_is_refused_in_words()
    {
        var (store, _, _, _) = Seed();
        var ex = Assert.Throws<StoreException>(() => store.CreateUser("u1", "x", Role.Administrator, "h", null, null, null));
        Assert.Contains("u1", ex.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteStoreTests : StoreTests, IDisposable
{
    [Fact]
    public void Word_search_is_an_fts5_trigram_table()
    {
        var db = NewDatabase();
        db.Migrate();
        using var c = db.Open();
        Assert.Contains("tokenize = 'trigram'", c.ExecuteScalar<string>("SELECT sql FROM sqlite_master WHERE name = 'report_search'"), StringComparison.Ordinal);
        // The plan answers a word of three characters or more from the FTS5 index, not by reading every version.
        var plan = string.Join("\n", c.Query("EXPLAIN QUERY PLAN SELECT version_id FROM report_search WHERE body LIKE '%三公经费%'").Select(row => (string)row.detail));
        Assert.Contains("VIRTUAL TABLE INDEX", plan, StringComparison.Ordinal);
    }

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "juesuan-store-" + Guid.NewGuid().ToString("N"));

    protected override Database NewDatabase() => Database.Sqlite(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : StoreTests
{
    protected override Database NewDatabase() => Database.PostgreSql(server.NewDatabase());

    [Fact]
    public void Word_search_has_a_trigram_index()
    {
        var db = NewDatabase();
        db.Migrate();
        using var c = db.Open();
        Assert.Equal("CREATE INDEX ix_report_search_body ON public.report_search USING gin (body gin_trgm_ops)",
            c.ExecuteScalar<string>("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_report_search_body'"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_report_versions_search'"));
    }
}
