-- Juesuan schema 6. The publisher's choice to publish a version's audit findings with it (同时公开审核结果).
-- One row per version, written with the publication and changed later only by the region's finance bureau, each
-- change in the audit trail; no row (versions published before this migration) means not published. The version
-- itself stays immutable: the choice is about what the portal shows beside it, not about the publication.
CREATE TABLE report_findings_publication (
    version_id INTEGER PRIMARY KEY REFERENCES report_versions(id),
    published INTEGER NOT NULL CHECK (published IN (0, 1)),
    changed_by INTEGER NOT NULL REFERENCES users(id),
    changed_at BIGINT NOT NULL
);
