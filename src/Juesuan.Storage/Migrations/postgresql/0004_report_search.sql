-- Juesuan schema 3. Word search over the folded text of each published version (SearchText: letters and digits,
-- half-width, lower case, no punctuation): `body LIKE '%三公经费%'`, served by a pg_trgm index where the role
-- may create the extension (migration 2), by a scan otherwise. Filled by the application when it publishes, and
-- for versions published before this migration by Store.IndexForSearch at start-up.
CREATE TABLE report_search (
    version_id BIGINT PRIMARY KEY REFERENCES report_versions(id),
    body TEXT NOT NULL
);

DROP INDEX IF EXISTS ix_report_versions_search;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX ix_report_search_body ON report_search USING gin (body gin_trgm_ops);
    END IF;
END
$$;
