-- What a side-by-side diff reads of a stored analysis: its id and meta, its text and where its
-- sentences start and end. Kept in columns of their own so that a diff of an account that is not in
-- memory does not make PostgreSQL decompress the whole analysis (its entities, times, quotes and
-- claims) for a few fields. Generated from the analysis, so they can never disagree with it, and
-- backups skip them (they are made again on restore).
alter table article_analyses
    add column diff_id text generated always as (analysis ->> 'id') stored,
    add column diff_meta jsonb generated always as (analysis -> 'meta') stored,
    add column diff_text text generated always as (analysis ->> 'text') stored,
    add column diff_starts jsonb generated always as
        (case when jsonb_typeof(analysis -> 'sentences') = 'array'
              then jsonb_path_query_array(analysis, '$.sentences[*].start') end) stored,
    add column diff_ends jsonb generated always as
        (case when jsonb_typeof(analysis -> 'sentences') = 'array'
              then jsonb_path_query_array(analysis, '$.sentences[*].end') end) stored;
