-- Juesuan schema 2. Comments are looked up per finding of a draft.
-- (Word search: SQLite cannot index an infix LIKE; the search reads the latest versions only.)
CREATE INDEX ix_finding_comments_draft_key ON finding_comments(draft_id, finding_key);
