-- Juesuan schema 1. Timestamps are UTC milliseconds since 1970 (one code path for both stores).
CREATE TABLE regions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE departments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_id BIGINT NOT NULL REFERENCES regions(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (region_id, code)
);
CREATE INDEX ix_departments_name ON departments(name);

CREATE TABLE units (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department_id BIGINT NOT NULL REFERENCES departments(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (department_id, code)
);

CREATE TABLE users (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    region_id BIGINT REFERENCES regions(id),
    department_id BIGINT REFERENCES departments(id),
    unit_id BIGINT REFERENCES units(id),
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX ix_users_department ON users(department_id);

CREATE TABLE drafts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department_id BIGINT NOT NULL REFERENCES departments(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    year INTEGER NOT NULL,
    state TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    package BYTEA NOT NULL,
    package_kind TEXT NOT NULL,
    package_name TEXT NOT NULL,
    package_hash TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES users(id),
    updated_at BIGINT NOT NULL
);
CREATE INDEX ix_drafts_department_year ON drafts(department_id, year);
CREATE INDEX ix_drafts_unit ON drafts(unit_id);
CREATE INDEX ix_drafts_state ON drafts(state);

CREATE TABLE finding_comments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id BIGINT NOT NULL REFERENCES drafts(id),
    finding_key TEXT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ix_finding_comments_draft ON finding_comments(draft_id);

CREATE TABLE report_versions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department_id BIGINT NOT NULL REFERENCES departments(id),
    year INTEGER NOT NULL,
    version_no INTEGER NOT NULL,
    draft_id BIGINT NOT NULL REFERENCES drafts(id),
    content_hash TEXT NOT NULL,
    revision_note TEXT,
    package BYTEA NOT NULL,
    package_kind TEXT NOT NULL,
    search_text TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    error_count INTEGER NOT NULL,
    published_by BIGINT NOT NULL REFERENCES users(id),
    published_at BIGINT NOT NULL,
    UNIQUE (department_id, year, version_no)
);
CREATE INDEX ix_report_versions_year ON report_versions(year);
CREATE INDEX ix_report_versions_published_at ON report_versions(published_at);

-- A published version is never changed or removed: a correction is a new version.
CREATE FUNCTION juesuan_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER report_versions_immutable BEFORE UPDATE OR DELETE ON report_versions
    FOR EACH ROW EXECUTE FUNCTION juesuan_refuse_change();

CREATE TABLE audit_trail (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX ix_audit_trail_at ON audit_trail(at);
CREATE INDEX ix_audit_trail_target ON audit_trail(target);

CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail
    FOR EACH ROW EXECUTE FUNCTION juesuan_refuse_change();
