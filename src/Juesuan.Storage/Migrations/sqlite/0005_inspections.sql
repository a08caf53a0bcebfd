-- Juesuan schema 5. 公开检查 from the web: a finance bureau uploads a region's published reports; the files are
-- kept until each is inspected (content), each file's inspection is stored as it finishes (result_json: an
-- InspectedFile as JSON), so progress is a count and a restarted server resumes where it stopped; the batch's
-- conclusion (the whole InspectionResult as 检查结果.json) is stored once, when every file is done. A bureau may
-- publish the ranking on the portal: published_by / published_at (NULL: not published).
CREATE TABLE inspections (
    id INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    source_name TEXT NOT NULL,
    state TEXT NOT NULL,
    file_count INTEGER NOT NULL,
    year INTEGER,
    error TEXT,
    result_json TEXT,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    finished_at BIGINT,
    published_by INTEGER REFERENCES users(id),
    published_at BIGINT
);
CREATE INDEX ix_inspections_region ON inspections(region_id, created_at);
CREATE INDEX ix_inspections_state ON inspections(state);
CREATE INDEX ix_inspections_published ON inspections(region_id, year, published_at);

CREATE TABLE inspection_files (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id),
    file_index INTEGER NOT NULL,
    relative_path TEXT NOT NULL,
    bytes BIGINT NOT NULL,
    content BLOB,
    result_json TEXT,
    PRIMARY KEY (inspection_id, file_index)
);
