using System.Data.Common;
using System.Text;
using Dapper;
using Juesuan.Audit;

namespace Juesuan.Storage;

/// <summary>
/// Everything the application keeps, in plain SQL that both dialects accept. Writes that race are decided by
/// the database: drafts carry a row version (a stale write changes nothing and reports a conflict), published
/// versions and the audit trail are append-only (enforced by triggers as well as by having no update here).
/// </summary>
public sealed class Store(Database db)
{
    public Database Database { get; } = db;

    // ---- regions, departments, units -------------------------------------------------------------

    public long EnsureRegion(string code, string name)
    {
        using var c = Database.Open();
        c.Execute("INSERT INTO regions (code, name) VALUES (@code, @name) ON CONFLICT (code) DO NOTHING", new { code, name });
        return c.ExecuteScalar<long>("SELECT id FROM regions WHERE code = @code", new { code });
    }

    public long EnsureDepartment(long regionId, string code, string name)
    {
        using var c = Database.Open();
        c.Execute("INSERT INTO departments (region_id, code, name) VALUES (@regionId, @code, @name) ON CONFLICT (region_id, code) DO NOTHING",
            new { regionId, code, name });
        return c.ExecuteScalar<long>("SELECT id FROM departments WHERE region_id = @regionId AND code = @code", new { regionId, code });
    }

    public long EnsureUnit(long departmentId, string code, string name)
    {
        using var c = Database.Open();
        c.Execute("INSERT INTO units (department_id, code, name) VALUES (@departmentId, @code, @name) ON CONFLICT (department_id, code) DO NOTHING",
            new { departmentId, code, name });
        return c.ExecuteScalar<long>("SELECT id FROM units WHERE department_id = @departmentId AND code = @code", new { departmentId, code });
    }

    public IReadOnlyList<RegionRow> Regions()
    {
        using var c = Database.Open();
        return c.Query<RegionRow>("SELECT id, code, name FROM regions ORDER BY code").ToList();
    }

    private const string DepartmentColumns = "d.id, d.region_id, r.name AS region_name, d.code, d.name FROM departments d JOIN regions r ON r.id = d.region_id";

    public IReadOnlyList<DepartmentRow> Departments(long? regionId = null)
    {
        using var c = Database.Open();
        return regionId is { } id
            ? c.Query<DepartmentRow>($"SELECT {DepartmentColumns} WHERE d.region_id = @id ORDER BY d.code", new { id }).ToList()
            : c.Query<DepartmentRow>($"SELECT {DepartmentColumns} ORDER BY r.code, d.code").ToList();
    }

    public DepartmentRow? Department(long id)
    {
        using var c = Database.Open();
        return c.QuerySingleOrDefault<DepartmentRow>($"SELECT {DepartmentColumns} WHERE d.id = @id", new { id });
    }

    public UnitRow? Unit(long id)
    {
        using var c = Database.Open();
        return c.QuerySingleOrDefault<UnitRow>("SELECT id, department_id, code, name FROM units WHERE id = @id", new { id });
    }

    public IReadOnlyList<UnitRow> Units(long departmentId)
    {
        using var c = Database.Open();
        return c.Query<UnitRow>("SELECT id, department_id, code, name FROM units WHERE department_id = @departmentId ORDER BY code", new { departmentId }).ToList();
    }

    // ---- users -----------------------------------------------------------------------------------

    private const string UserColumns = "id, user_name, display_name, role, region_id, department_id, unit_id, password_hash, failed_logins, locked_until, security_stamp, disabled_at FROM users";

    /// <summary>A new security stamp: 128 random bits.</summary>
    public static string NewStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public long CreateUser(string userName, string displayName, Role role, string passwordHash, long? regionId, long? departmentId, long? unitId)
    {
        using var c = Database.Open();
        try
        {
            return c.ExecuteScalar<long>(
                "INSERT INTO users (user_name, display_name, role, region_id, department_id, unit_id, password_hash, failed_logins, created_at, security_stamp) "
                + "VALUES (@userName, @displayName, @role, @regionId, @departmentId, @unitId, @passwordHash, 0, @now, @stamp) RETURNING id",
                new { userName, displayName, role = role.ToString(), regionId, departmentId, unitId, passwordHash, now = Clock.Now(), stamp = NewStamp() });
        }
        catch (DbException ex) when (UserByName(userName) is not null)
        {
            throw new StoreException($"用户名「{userName}」已存在", ex);
        }
    }

    public UserAccount? UserByName(string userName)
    {
        using var c = Database.Open();
        return c.QuerySingleOrDefault<UserAccount>($"SELECT {UserColumns} WHERE user_name = @userName", new { userName });
    }

    public UserAccount? User(long id)
    {
        using var c = Database.Open();
        return c.QuerySingleOrDefault<UserAccount>($"SELECT {UserColumns} WHERE id = @id", new { id });
    }

    public IReadOnlyList<UserAccount> Users()
    {
        using var c = Database.Open();
        return c.Query<UserAccount>($"SELECT {UserColumns} ORDER BY role, user_name").ToList();
    }

    /// <summary>
    /// Counts a failed sign-in; from the <paramref name="limit"/>-th on, the account is locked until <paramref name="lockUntil"/>
    /// and its security stamp changes, so a lockout also ends the sessions already open.
    /// </summary>
    public void RecordFailedLogin(long id, int limit, long lockUntil)
    {
        using var c = Database.Open();
        c.Execute("UPDATE users SET failed_logins = failed_logins + 1, "
            + "locked_until = CASE WHEN failed_logins + 1 >= @limit THEN @lockUntil ELSE locked_until END, "
            + "security_stamp = CASE WHEN failed_logins + 1 >= @limit THEN @stamp ELSE security_stamp END WHERE id = @id",
            new { id, limit, lockUntil, stamp = NewStamp() });
    }

    /// <summary>Ends every session of a user (logout ends all of them, not only the browser that asked).</summary>
    public void RenewStamp(long id)
    {
        using var c = Database.Open();
        c.Execute("UPDATE users SET security_stamp = @stamp WHERE id = @id", new { id, stamp = NewStamp() });
    }

    /// <summary>A new password; every session opened with the old one ends.</summary>
    public void SetPassword(long id, string passwordHash)
    {
        using var c = Database.Open();
        c.Execute("UPDATE users SET password_hash = @passwordHash, security_stamp = @stamp, failed_logins = 0, locked_until = NULL WHERE id = @id",
            new { id, passwordHash, stamp = NewStamp() });
    }

    /// <summary>Disables (停用) or enables an account; disabling ends its sessions. False when there is no such user.</summary>
    public bool SetDisabled(long id, bool disabled)
    {
        using var c = Database.Open();
        return c.Execute(disabled
            ? "UPDATE users SET disabled_at = @now, security_stamp = @stamp WHERE id = @id"
            : "UPDATE users SET disabled_at = NULL, failed_logins = 0, locked_until = NULL WHERE id = @id",
            new { id, now = Clock.Now(), stamp = NewStamp() }) == 1;
    }

    public void ResetFailedLogins(long id)
    {
        using var c = Database.Open();
        c.Execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = @id", new { id });
    }

    // ---- drafts ----------------------------------------------------------------------------------

    private const string DraftColumns = "dr.id, dr.department_id, d.name AS department_name, d.region_id, dr.unit_id, un.name AS unit_name, dr.year, dr.state, "
        + "dr.row_version, dr.package_kind, dr.package_name, dr.package_hash, dr.findings_json, dr.error_count, dr.warning_count, dr.created_by, dr.created_at, "
        + "dr.updated_by, u.display_name AS updated_by_name, dr.updated_at "
        + "FROM drafts dr JOIN departments d ON d.id = dr.department_id JOIN units un ON un.id = dr.unit_id JOIN users u ON u.id = dr.updated_by";

    public long CreateDraft(NewPackage p, long unitId, long userId)
    {
        using var c = Database.Open();
        var now = Clock.Now();
        return c.ExecuteScalar<long>(
            "INSERT INTO drafts (department_id, unit_id, year, state, row_version, package, package_kind, package_name, package_hash, findings_json, "
            + "error_count, warning_count, created_by, created_at, updated_by, updated_at) VALUES (@DepartmentId, @unitId, @Year, @state, 1, @Package, "
            + "@PackageKind, @PackageName, @PackageHash, @findingsJson, @ErrorCount, @WarningCount, @userId, @now, @userId, @now) RETURNING id",
            new { p.DepartmentId, unitId, p.Year, state = DraftStates.Text(DraftState.Draft), p.Package, p.PackageKind, p.PackageName, p.PackageHash, findingsJson = StoredFindings.Write(p.Findings), p.ErrorCount, p.WarningCount, userId, now });
    }

    /// <summary>Replaces a draft's package; false when someone changed the draft since <paramref name="expectedVersion"/> or it is no longer editable.</summary>
    public bool ReplacePackage(long draftId, int expectedVersion, NewPackage p, long userId)
    {
        using var c = Database.Open();
        return c.Execute(
            "UPDATE drafts SET package = @Package, package_kind = @PackageKind, package_name = @PackageName, package_hash = @PackageHash, "
            + "findings_json = @findingsJson, error_count = @ErrorCount, warning_count = @WarningCount, state = @draft, row_version = row_version + 1, "
            + "updated_by = @userId, updated_at = @now WHERE id = @draftId AND row_version = @expectedVersion AND state IN (@draft, @returned)",
            new { p.Package, p.PackageKind, p.PackageName, p.PackageHash, findingsJson = StoredFindings.Write(p.Findings), p.ErrorCount, p.WarningCount, draft = DraftStates.Text(DraftState.Draft), returned = DraftStates.Text(DraftState.Returned), userId, now = Clock.Now(), draftId, expectedVersion }) == 1;
    }

    /// <summary>Moves a draft from one of <paramref name="from"/> to <paramref name="to"/>; false on a stale version or a wrong state.</summary>
    public bool Transition(long draftId, int expectedVersion, IReadOnlyList<DraftState> from, DraftState to, long userId)
    {
        // IN (@s0, @s1, …) spelled out: Dapper passes a list to Npgsql as one array parameter, which IN does not take.
        var args = new DynamicParameters(new { to = DraftStates.Text(to), userId, now = Clock.Now(), draftId, expectedVersion });
        var names = new List<string>();
        for (var i = 0; i < from.Count; i++)
        {
            var name = "s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names.Add("@" + name);
            args.Add(name, DraftStates.Text(from[i]));
        }

        using var c = Database.Open();
        return c.Execute(
            "UPDATE drafts SET state = @to, row_version = row_version + 1, updated_by = @userId, updated_at = @now "
            + $"WHERE id = @draftId AND row_version = @expectedVersion AND state IN ({string.Join(", ", names)})", args) == 1;
    }

    public DraftRow? Draft(long id)
    {
        using var c = Database.Open();
        return c.QuerySingleOrDefault<DraftRow>($"SELECT {DraftColumns} WHERE dr.id = @id", new { id });
    }

    public byte[] DraftPackage(long id)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<byte[]>("SELECT package FROM drafts WHERE id = @id", new { id }) ?? [];
    }

    /// <summary>Drafts in a scope: a unit, a department, a region, or all (null everywhere).</summary>
    public IReadOnlyList<DraftRow> Drafts(long? unitId, long? departmentId, long? regionId, int limit = 200)
    {
        using var c = Database.Open();
        var where = new List<string>();
        if (unitId is not null)
        {
            where.Add("dr.unit_id = @unitId");
        }

        if (departmentId is not null)
        {
            where.Add("dr.department_id = @departmentId");
        }

        if (regionId is not null)
        {
            where.Add("d.region_id = @regionId");
        }

        var sql = $"SELECT {DraftColumns}{(where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")} ORDER BY dr.updated_at DESC, dr.id DESC LIMIT {limit}";
        return c.Query<DraftRow>(sql, new { unitId, departmentId, regionId }).ToList();
    }

    public void AddComment(long draftId, string findingKey, long authorId, string body)
    {
        using var c = Database.Open();
        c.Execute("INSERT INTO finding_comments (draft_id, finding_key, author_id, body, created_at) VALUES (@draftId, @findingKey, @authorId, @body, @now)",
            new { draftId, findingKey, authorId, body, now = Clock.Now() });
    }

    public IReadOnlyList<FindingComment> Comments(long draftId)
    {
        using var c = Database.Open();
        return c.Query<FindingComment>(
            "SELECT fc.id, fc.draft_id, fc.finding_key, u.display_name AS author_name, fc.body, fc.created_at FROM finding_comments fc "
            + "JOIN users u ON u.id = fc.author_id WHERE fc.draft_id = @draftId ORDER BY fc.created_at, fc.id", new { draftId }).ToList();
    }

    // ---- published versions ----------------------------------------------------------------------

    private const string VersionColumns = "v.id, v.department_id, d.name AS department_name, d.region_id, r.name AS region_name, v.year, v.version_no, v.draft_id, "
        + "v.content_hash, v.revision_note, v.package_kind, v.findings_json, v.error_count, u.display_name AS published_by_name, v.published_at "
        + "FROM report_versions v JOIN departments d ON d.id = v.department_id JOIN regions r ON r.id = d.region_id JOIN users u ON u.id = v.published_by";

    private const string IsLatest = "NOT EXISTS (SELECT 1 FROM report_versions v2 WHERE v2.department_id = v.department_id AND v2.year = v.year AND v2.version_no > v.version_no)";

    /// <summary>
    /// Publishes an approved draft as the next version of its department's year. A version after the first needs a
    /// revision note. Returns null when the draft changed since <paramref name="expectedVersion"/> or is not approved.
    /// The version, the draft's new state and the audit-trail entry of the publication are one transaction: all
    /// three are written or none.
    /// </summary>
    /// <param name="userName">who publishes, for the trail entry</param>
    /// <param name="address">the client address, for the trail entry</param>
    /// <param name="publishFindings">the publisher's choice to publish the audit findings with the version (同时公开审核结果), stored in the same transaction</param>
    public ReportVersionRow? Publish(long draftId, int expectedVersion, string contentHash, string searchText, string? revisionNote, long userId,
        string userName, string? address = null, bool publishFindings = false)
    {
        using var c = Database.Open();
        using var tx = c.BeginTransaction();
        var draft = c.QuerySingleOrDefault<DraftRow>($"SELECT {DraftColumns} WHERE dr.id = @draftId", new { draftId }, tx);
        if (draft is null || draft.RowVersion != expectedVersion || draft.State != DraftState.Approved)
        {
            return null;
        }

        var next = (c.ExecuteScalar<int?>("SELECT MAX(version_no) FROM report_versions WHERE department_id = @DepartmentId AND year = @Year",
            new { draft.DepartmentId, draft.Year }, tx) ?? 0) + 1;
        if (next > 1 && string.IsNullOrWhiteSpace(revisionNote))
        {
            throw new StoreException($"{draft.DepartmentName} {draft.Year} 年度已发布第 {next - 1} 版；发布更正版本须写明更正说明");
        }

        var package = c.ExecuteScalar<byte[]>("SELECT package FROM drafts WHERE id = @draftId", new { draftId }, tx);
        var id = c.ExecuteScalar<long>(
            "INSERT INTO report_versions (department_id, year, version_no, draft_id, content_hash, revision_note, package, package_kind, search_text, "
            + "findings_json, error_count, published_by, published_at) VALUES (@DepartmentId, @Year, @next, @draftId, @contentHash, @revisionNote, @package, "
            + "@PackageKind, @searchText, @FindingsJson, @ErrorCount, @userId, @now) RETURNING id",
            new { draft.DepartmentId, draft.Year, next, draftId, contentHash, revisionNote = string.IsNullOrWhiteSpace(revisionNote) ? null : revisionNote.Trim(), package, draft.PackageKind, searchText, draft.FindingsJson, draft.ErrorCount, userId, now = Clock.Now() }, tx);
        c.Execute("INSERT INTO report_search (version_id, body) VALUES (@id, @body)", new { id, body = SearchText.Normalize(searchText) }, tx);
        var moved = c.Execute("UPDATE drafts SET state = @published, row_version = row_version + 1, updated_by = @userId, updated_at = @now WHERE id = @draftId AND row_version = @expectedVersion",
            new { published = DraftStates.Text(DraftState.Published), userId, now = Clock.Now(), draftId, expectedVersion }, tx);
        if (moved != 1)
        {
            tx.Rollback();
            return null;
        }

        c.Execute(UpsertFindingsPublication, new { versionId = id, published = publishFindings, userId, now = Clock.Now() }, tx);
        var note = string.IsNullOrWhiteSpace(revisionNote) ? null : revisionNote.Trim();
        c.Execute(InsertTrail, new
        {
            now = Clock.Now(),
            userId,
            userName,
            action = "发布",
            target = "report:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            detail = $"{draft.DepartmentName} {draft.Year} 年度第 {next} 版，草稿 {draftId}，内容 SHA-256 {contentHash}{(note is null ? "" : "；更正说明：" + note)}"
                + (publishFindings ? $"；同时公开审核结果（{FindingCounts(draft.Findings)}）" : "；审核结果不公开"),
            address,
        }, tx);
        tx.Commit();
        return Version(id);
    }

    // ---- the publisher's choice to publish a version's findings -------------------------------------

    private const string UpsertFindingsPublication =
        "INSERT INTO report_findings_publication (version_id, published, changed_by, changed_at) VALUES (@versionId, @published, @userId, @now) "
        + "ON CONFLICT (version_id) DO UPDATE SET published = excluded.published, changed_by = excluded.changed_by, changed_at = excluded.changed_at "
        + "WHERE report_findings_publication.published <> excluded.published";

    /// <summary>
    /// Whether the publisher chose to publish a version's audit findings with it, who chose and when; null for a version
    /// published before the choice was stored (its findings are not published).
    /// </summary>
    public FindingsPublication? FindingsPublication(long versionId)
    {
        using var c = Database.Open();
        return c.QuerySingleOrDefault<FindingsPublication>(
            "SELECT f.version_id, f.published, u.display_name AS changed_by_name, f.changed_at FROM report_findings_publication f "
            + "JOIN users u ON u.id = f.changed_by WHERE f.version_id = @versionId", new { versionId });
    }

    /// <summary>Of <paramref name="versionIds"/>, those whose findings are published (for a list of versions in one query).</summary>
    public IReadOnlySet<long> WithFindingsPublished(IReadOnlyCollection<long> versionIds)
    {
        if (versionIds.Count == 0)
        {
            return new HashSet<long>();
        }

        // IN (@v0, @v1, …) spelled out, as in Transition: Npgsql takes a list as one array parameter.
        var args = new DynamicParameters(new { yes = true });
        var names = versionIds.Select((id, i) =>
        {
            var name = "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            args.Add(name, id);
            return "@" + name;
        }).ToList();
        using var c = Database.Open();
        return c.Query<long>($"SELECT version_id FROM report_findings_publication WHERE published = @yes AND version_id IN ({string.Join(", ", names)})", args).ToHashSet();
    }

    /// <summary>
    /// Publishes a version's audit findings with it, or stops publishing them, with the trail entry, in one transaction.
    /// False when there is no such version or the choice is already <paramref name="published"/> (nothing written).
    /// </summary>
    public bool SetFindingsPublished(long versionId, bool published, long userId, string userName, string? address = null)
    {
        using var c = Database.Open();
        using var tx = c.BeginTransaction();
        var v = c.QuerySingleOrDefault<ReportVersionRow>($"SELECT {VersionColumns} WHERE v.id = @versionId", new { versionId }, tx);
        var now = c.ExecuteScalar<bool?>("SELECT published FROM report_findings_publication WHERE version_id = @versionId", new { versionId }, tx) ?? false;
        if (v is null || now == published)
        {
            return false;
        }

        if (c.Execute(UpsertFindingsPublication, new { versionId, published, userId, now = Clock.Now() }, tx) != 1)
        {
            return false; // another request made the same change first
        }

        c.Execute(InsertTrail, new
        {
            now = Clock.Now(),
            userId,
            userName,
            action = published ? "公开审核结果" : "撤回公开审核结果",
            target = "report:" + versionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            detail = $"{v.DepartmentName} {v.Year} 年度第 {v.VersionNo} 版：" + (published ? $"在公开页面同时公开审核结果（{FindingCounts(v.Findings)}）" : "公开页面不再显示审核结果"),
            address,
        }, tx);
        tx.Commit();
        return true;
    }

    private static string FindingCounts(IReadOnlyList<AuditFinding> findings) =>
        $"错误 {findings.Count(f => f.Severity == Severity.Error)} 个、警告 {findings.Count(f => f.Severity == Severity.Warning)} 个、提示 {findings.Count(f => f.Severity == Severity.Note)} 个";

    public ReportVersionRow? Version(long id)
    {
        using var c = Database.Open();
        return c.QuerySingleOrDefault<ReportVersionRow>($"SELECT {VersionColumns} WHERE v.id = @id", new { id });
    }

    public byte[] VersionPackage(long id)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<byte[]>("SELECT package FROM report_versions WHERE id = @id", new { id }) ?? [];
    }

    /// <summary>All versions of one department's year, newest first.</summary>
    public IReadOnlyList<ReportVersionRow> Versions(long departmentId, int year)
    {
        using var c = Database.Open();
        return c.Query<ReportVersionRow>($"SELECT {VersionColumns} WHERE v.department_id = @departmentId AND v.year = @year ORDER BY v.version_no DESC",
            new { departmentId, year }).ToList();
    }

    /// <summary>The latest version of each year a department published, newest year first.</summary>
    public IReadOnlyList<ReportVersionRow> LatestOfDepartment(long departmentId)
    {
        using var c = Database.Open();
        return c.Query<ReportVersionRow>($"SELECT {VersionColumns} WHERE v.department_id = @departmentId AND {IsLatest} ORDER BY v.year DESC",
            new { departmentId }).ToList();
    }

    public IReadOnlyList<int> PublishedYears()
    {
        using var c = Database.Open();
        return c.Query<int>("SELECT DISTINCT year FROM report_versions ORDER BY year DESC").ToList();
    }

    /// <summary>
    /// The public search: latest versions only; every word must occur in the folded text of the department, region,
    /// units or report (<see cref="SearchText"/>: “三公”经费, 三公经费 and 三公 all find “三公”经费).
    /// </summary>
    public Page<ReportVersionRow> Search(ReportQuery q)
    {
        var where = new StringBuilder(IsLatest);
        var args = new DynamicParameters();
        if (q.RegionId is { } region)
        {
            where.Append(" AND d.region_id = @region");
            args.Add("region", region);
        }

        if (q.DepartmentId is { } dept)
        {
            where.Append(" AND v.department_id = @dept");
            args.Add("dept", dept);
        }

        if (q.Year is { } year)
        {
            where.Append(" AND v.year = @year");
            args.Add("year", year);
        }

        // Words are folded as the text was (SearchText): letters and digits only, so no LIKE metacharacter survives.
        var words = SearchText.Words(q.Words);
        if (SearchText.IsOnlyPunctuation(q.Words))
        {
            where.Append(" AND 1 = 0");
        }

        for (var i = 0; i < words.Count; i++)
        {
            where.Append(System.Globalization.CultureInfo.InvariantCulture, $" AND v.id IN (SELECT version_id FROM report_search WHERE body LIKE @w{i})");
            args.Add("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "%" + words[i] + "%");
        }

        // Bounded before any arithmetic: page 200,000,000 × 100 overflowed the offset (a 500 in the API).
        var size = Math.Clamp(q.PageSize, 1, ReportQuery.MaxPageSize);
        var page = Math.Clamp(q.Page, 1, ReportQuery.MaxPage);
        using var c = Database.Open();
        var total = c.ExecuteScalar<int>($"SELECT COUNT(*) FROM report_versions v JOIN departments d ON d.id = v.department_id WHERE {where}", args);
        var items = c.Query<ReportVersionRow>(
            $"SELECT {VersionColumns} WHERE {where} ORDER BY v.year DESC, r.code, d.code LIMIT {size} OFFSET {(long)(page - 1) * size}", args).ToList();
        return new Page<ReportVersionRow>(items, total, page, size);
    }

    /// <summary>The text a published version is searched by (department, region, year, units and the report), as published.</summary>
    public string SearchTextOf(long versionId)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<string>("SELECT search_text FROM report_versions WHERE id = @versionId", new { versionId }) ?? "";
    }

    /// <summary>Indexes for word search the versions published before the index existed (schema 4); returns how many.</summary>
    public int IndexForSearch()
    {
        using var c = Database.Open();
        var missing = c.Query<(long Id, string Text)>(
            "SELECT id, search_text FROM report_versions WHERE id NOT IN (SELECT version_id FROM report_search) ORDER BY id").ToList();
        using var tx = c.BeginTransaction();
        foreach (var (id, text) in missing)
        {
            c.Execute("INSERT INTO report_search (version_id, body) VALUES (@id, @body)", new { id, body = SearchText.Normalize(text) }, tx);
        }

        tx.Commit();
        return missing.Count;
    }

    // ---- audit trail -----------------------------------------------------------------------------

    private const string InsertTrail = "INSERT INTO audit_trail (at, user_id, user_name, action, target, detail, address) VALUES (@now, @userId, @userName, @action, @target, @detail, @address)";

    /// <param name="address">the client address of the request, when there is one</param>
    public void Record(long? userId, string userName, string action, string target, string detail, string? address = null)
    {
        using var c = Database.Open();
        c.Execute(InsertTrail, new { now = Clock.Now(), userId, userName, action, target, detail, address });
    }

    public IReadOnlyList<TrailEntry> Trail(string? target = null, int limit = 500)
    {
        using var c = Database.Open();
        return target is null
            ? c.Query<TrailEntry>($"SELECT id, at, user_name, action, target, detail, address FROM audit_trail ORDER BY id DESC LIMIT {limit}").ToList()
            : c.Query<TrailEntry>($"SELECT id, at, user_name, action, target, detail, address FROM audit_trail WHERE target = @target ORDER BY id DESC LIMIT {limit}", new { target }).ToList();
    }
}

/// <summary>A package that has been read and built: what a draft stores.</summary>
public sealed record NewPackage(
    long DepartmentId,
    int Year,
    byte[] Package,
    string PackageKind,
    string PackageName,
    string PackageHash,
    IReadOnlyList<AuditFinding> Findings,
    int ErrorCount,
    int WarningCount);
