-- Fields a sweep found in documents that PokéAPI's published JSON Schemas do not describe: not failures
-- (the API may add fields before its schemas say so), but remembered run by run, so that a field's arrival
-- and its documentation can be seen.
CREATE TABLE schema_unknown_fields (
    id          bigserial   PRIMARY KEY,
    run_id      uuid        NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    schema_file text        NOT NULL,
    field_path  text        NOT NULL,
    documents   integer     NOT NULL CHECK (documents > 0),
    found_at    timestamptz NOT NULL,
    CONSTRAINT schema_unknown_fields_run_field_key UNIQUE (run_id, schema_file, field_path)
);
COMMENT ON TABLE schema_unknown_fields IS
    'Per run: each field path (array elements as []) that documents had and their published schema does not '
    'describe, with how many documents had it.';
CREATE INDEX schema_unknown_fields_field_idx ON schema_unknown_fields (schema_file, field_path);
