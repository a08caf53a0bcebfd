-- Juesuan schema 1. Timestamps are UTC milliseconds since 1970 (one code path for both stores).
CREATE TABLE regions (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (region_id, code)
);
CREATE INDEX ix_departments_name ON departments(name);

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (department_id, code)
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    user_name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    region_id INTEGER REFERENCES regions(id),
    department_id INTEGER REFERENCES departments(id),
    unit_id INTEGER REFERENCES units(id),
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX ix_users_department ON users(department_id);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    year INTEGER NOT NULL,
    state TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    package BLOB NOT NULL,
    package_kind TEXT NOT NULL,
    package_name TEXT NOT NULL,
    package_hash TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id),
    updated_at BIGINT NOT NULL
);
CREATE INDEX ix_drafts_department_year ON drafts(department_id, year);
CREATE INDEX ix_drafts_unit ON drafts(unit_id);
CREATE INDEX ix_drafts_state ON drafts(state);

CREATE TABLE finding_comments (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id),
    finding_key TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ix_finding_comments_draft ON finding_comments(draft_id);

CREATE TABLE report_versions (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    year INTEGER NOT NULL,
    version_no INTEGER NOT NULL,
    draft_id INTEGER NOT NULL REFERENCES drafts(id),
    content_hash TEXT NOT NULL,
    revision_note TEXT,
    package BLOB NOT NULL,
    package_kind TEXT NOT NULL,
    search_text TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    error_count INTEGER NOT NULL,
    published_by INTEGER NOT NULL REFERENCES users(id),
    published_at BIGINT NOT NULL,
    UNIQUE (department_id, year, version_no)
);
CREATE INDEX ix_report_versions_year ON report_versions(year);
CREATE INDEX ix_report_versions_published_at ON report_versions(published_at);

-- A published version is never changed or removed: a correction is a new version.
CREATE TRIGGER report_versions_immutable_update BEFORE UPDATE ON report_versions
BEGIN SELECT RAISE(ABORT, 'report_versions are immutable'); END;
CREATE TRIGGER report_versions_immutable_delete BEFORE DELETE ON report_versions
BEGIN SELECT RAISE(ABORT, 'report_versions are immutable'); END;

CREATE TABLE audit_trail (
    id INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX ix_audit_trail_at ON audit_trail(at);
CREATE INDEX ix_audit_trail_target ON audit_trail(target);

CREATE TRIGGER audit_trail_append_only_update BEFORE UPDATE ON audit_trail
BEGIN SELECT RAISE(ABORT, 'audit_trail is append-only'); END;
CREATE TRIGGER audit_trail_append_only_delete BEFORE DELETE ON audit_trail
BEGIN SELECT RAISE(ABORT, 'audit_trail is append-only'); END;
