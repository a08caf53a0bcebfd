-- Juesuan schema 2. Comments are looked up per finding of a draft.
CREATE INDEX ix_finding_comments_draft_key ON finding_comments(draft_id, finding_key);

-- Word search is lower(search_text) LIKE '%…%': a trigram index serves it once a region has thousands of reports.
-- pg_trgm ships with the server; a role that may not create extensions gets the scan instead of a failed start.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'pg_trgm is not available to this role: word search will scan';
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX ix_report_versions_search ON report_versions USING gin (lower(search_text) gin_trgm_ops);
    END IF;
END
$$;
