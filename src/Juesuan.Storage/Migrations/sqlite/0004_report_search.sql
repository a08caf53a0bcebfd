-- Juesuan schema 3. Word search over the folded text of each published version (SearchText: letters and digits,
-- half-width, lower case, no punctuation), in an FTS5 table with the trigram tokenizer: `body LIKE '%三公经费%'`
-- is answered from its index (a word under three characters scans it). Filled by the application when it
-- publishes, and for versions published before this migration by Store.IndexForSearch at start-up.
CREATE VIRTUAL TABLE report_search USING fts5(version_id UNINDEXED, body, tokenize = 'trigram');
