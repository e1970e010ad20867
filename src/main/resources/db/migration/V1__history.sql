-- The suite's memory between runs: what each run fetched, the shapes and data it saw, how fast the
-- API answered and which scenarios needed retries. Flyway applies this file once per database;
-- never edit it after release: add V2__….sql instead (Flyway validates checksums).
--
-- Conventions: snake_case, timestamptz for instants (written by the suite, not by now(), so a
-- run's rows share its clock), JSONB for documents. Rows that only make sense inside a run cascade
-- when the run is deleted; the schema history outlives runs (run_id set to null).

CREATE TABLE runs (
    id          uuid        PRIMARY KEY,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    target      text        NOT NULL,
    tags        text,
    status      text        CHECK (status IN ('passed', 'failed'))
);
COMMENT ON TABLE runs IS
    'One row per suite run: when it started and finished, the API it ran against and its tag expression. '
    'finished_at and status stay null while the run is going or if it died.';
COMMENT ON COLUMN runs.target IS 'Base URL of the API under test, e.g. https://pokeapi.co/api/v2.';
COMMENT ON COLUMN runs.tags IS 'Cucumber tag expression the run selected scenarios with; null for all scenarios.';
COMMENT ON COLUMN runs.status IS 'passed or failed; null until the run finishes.';

CREATE TABLE response_bodies (
    hash          char(64)    PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    body          jsonb       NOT NULL,
    size_bytes    integer     NOT NULL CHECK (size_bytes >= 0),
    first_seen_at timestamptz NOT NULL
);
COMMENT ON TABLE response_bodies IS
    'Each distinct JSON response body once, keyed by the SHA-256 of its text: unchanged documents cost one row '
    'however many runs fetch them.';
COMMENT ON COLUMN response_bodies.hash IS 'Lower-case hex SHA-256 of the body text as received (UTF-8).';
COMMENT ON COLUMN response_bodies.size_bytes IS 'Length of the body text as received, in UTF-8 bytes.';

CREATE TABLE api_responses (
    id            bigserial        PRIMARY KEY,
    run_id        uuid             NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    endpoint      text             NOT NULL,
    resource      text             NOT NULL DEFAULT '',
    resource_id   integer,
    resource_name text,
    url           text             NOT NULL,
    status        integer          NOT NULL,
    latency_ms    double precision NOT NULL CHECK (latency_ms >= 0),
    fetched_at    timestamptz      NOT NULL,
    body_hash     char(64)         REFERENCES response_bodies (hash)
);
COMMENT ON TABLE api_responses IS
    'One row per HTTP response a run received: where, when, how fast, which status, and which body. '
    'Bodies that are not JSON (e.g. "Not Found") are not kept: body_hash is null.';
COMMENT ON COLUMN api_responses.endpoint IS 'Route template, e.g. /pokemon/{id}: what latencies and schemas are grouped by.';
COMMENT ON COLUMN api_responses.resource IS 'pokemon, ability or type for a single resource; empty for lists and other routes.';
COMMENT ON COLUMN api_responses.resource_id IS 'Numeric id of the resource when known (from the body or the URL).';
-- latency of one run, and body of one run
CREATE INDEX api_responses_run_idx ON api_responses (run_id);
-- latency percentiles over the baseline window
CREATE INDEX api_responses_fetched_at_idx ON api_responses (fetched_at);
-- a resource's previous body (ResponseDao.previousBody)
CREATE INDEX api_responses_previous_body_idx ON api_responses (resource, resource_id, fetched_at DESC)
    WHERE status = 200 AND body_hash IS NOT NULL;
-- the foreign key, for deletes of bodies
CREATE INDEX api_responses_body_hash_idx ON api_responses (body_hash);

CREATE TABLE schema_versions (
    id         bigserial   PRIMARY KEY,
    endpoint   text        NOT NULL,
    version    integer     NOT NULL CHECK (version > 0),
    shape      jsonb       NOT NULL,
    run_id     uuid        REFERENCES runs (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    -- also the index of "latest version of an endpoint"
    CONSTRAINT schema_versions_endpoint_version_key UNIQUE (endpoint, version)
);
COMMENT ON TABLE schema_versions IS
    'Successive inferred shapes (field paths and JSON types) of each endpoint''s responses, numbered 1, 2, … '
    'per endpoint; a new version is stored only when the shape changed. run_id is the run that first saw it.';

CREATE TABLE schema_changes (
    id                bigserial   PRIMARY KEY,
    schema_version_id bigint      NOT NULL REFERENCES schema_versions (id) ON DELETE CASCADE,
    endpoint          text        NOT NULL,
    change_type       text        NOT NULL CHECK (change_type IN ('field_added', 'field_removed', 'type_changed')),
    field_path        text        NOT NULL,
    old_type          text,
    new_type          text,
    run_id            uuid        REFERENCES runs (id) ON DELETE SET NULL,
    detected_at       timestamptz NOT NULL,
    CONSTRAINT schema_changes_types_check CHECK (
        (change_type = 'field_added'   AND old_type IS NULL     AND new_type IS NOT NULL) OR
        (change_type = 'field_removed' AND old_type IS NOT NULL AND new_type IS NULL) OR
        (change_type = 'type_changed'  AND old_type IS NOT NULL AND new_type IS NOT NULL))
);
COMMENT ON TABLE schema_changes IS
    'Field-level differences between an endpoint''s schema version and the one before it: a field added, '
    'removed, or whose JSON type changed (old_type -> new_type).';
CREATE INDEX schema_changes_version_idx ON schema_changes (schema_version_id);
CREATE INDEX schema_changes_run_idx ON schema_changes (run_id);
CREATE INDEX schema_changes_detected_at_idx ON schema_changes (detected_at DESC, id DESC);

CREATE TABLE data_changes (
    id          bigserial   PRIMARY KEY,
    run_id      uuid        NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    endpoint    text        NOT NULL,
    resource    text        NOT NULL,
    resource_id integer     NOT NULL,
    field_path  text        NOT NULL,
    old_value   jsonb,
    new_value   jsonb,
    detected_at timestamptz NOT NULL
);
COMMENT ON TABLE data_changes IS
    'Values that changed in a resource''s document since the previous run that fetched it. A SQL null '
    'old_value means the field appeared, a SQL null new_value that it disappeared; JSON null is ''null''.';
CREATE INDEX data_changes_run_idx ON data_changes (run_id);
CREATE INDEX data_changes_detected_at_idx ON data_changes (detected_at DESC, id DESC);

CREATE TABLE performance_baselines (
    id           bigserial        PRIMARY KEY,
    endpoint     text             NOT NULL,
    p50_ms       double precision NOT NULL,
    p95_ms       double precision NOT NULL,
    p99_ms       double precision NOT NULL,
    sample_count integer          NOT NULL CHECK (sample_count > 0),
    window_hours integer          NOT NULL CHECK (window_hours > 0),
    valid_from   timestamptz      NOT NULL,
    valid_until  timestamptz
);
COMMENT ON TABLE performance_baselines IS
    'Latency percentiles per endpoint over the responses of the last window_hours, which later runs are '
    'compared with. The current baseline has valid_until null; replaced ones keep the period they were valid.';
CREATE UNIQUE INDEX performance_baselines_current_key ON performance_baselines (endpoint) WHERE valid_until IS NULL;

CREATE TABLE scenario_results (
    id           bigserial PRIMARY KEY,
    run_id       uuid      NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    scenario_key text      NOT NULL,
    feature      text      NOT NULL,
    scenario     text      NOT NULL,
    status       text      NOT NULL,
    attempts     integer   NOT NULL CHECK (attempts >= 0),
    flaky        boolean   NOT NULL DEFAULT false
);
COMMENT ON TABLE scenario_results IS
    'Outcome of each scenario in each run: Cucumber status of its last attempt, how many attempts it took, '
    'and whether it was flaky (failed, then passed on a retry).';
COMMENT ON COLUMN scenario_results.scenario_key IS 'Feature file and line, e.g. features/pokemon.feature:12.';
CREATE INDEX scenario_results_run_idx ON scenario_results (run_id);
CREATE INDEX scenario_results_key_idx ON scenario_results (scenario_key);

CREATE TABLE flaky_tests (
    scenario_key  text        PRIMARY KEY,
    feature       text        NOT NULL,
    scenario      text        NOT NULL,
    total_runs    integer     NOT NULL CHECK (total_runs > 0),
    flaky_runs    integer     NOT NULL CHECK (flaky_runs >= 0 AND flaky_runs <= total_runs),
    last_run_at   timestamptz NOT NULL,
    last_flaky_at timestamptz
);
COMMENT ON TABLE flaky_tests IS
    'Running totals per scenario across all runs: how many runs ran it and in how many it was flaky. '
    'Kept by atomic upserts, so concurrent runs add up.';
CREATE INDEX flaky_tests_flakiest_idx ON flaky_tests (flaky_runs DESC) WHERE flaky_runs > 0;
