-- The history is pruned (HISTORY_RETENTION): responses, runs and their scenario results older than the retention
-- are deleted, and the bodies no response refers to any more. What the suite learned from them is kept: schema
-- versions and changes, data changes, baselines and flaky counts.

-- A data change outlives the run that found it, as a schema change does: its run_id becomes null.
ALTER TABLE data_changes ALTER COLUMN run_id DROP NOT NULL;
ALTER TABLE data_changes DROP CONSTRAINT data_changes_run_id_fkey;
-- NOT VALID: every row was checked by the constraint this replaces, on the same column and key; validating again
-- would only hold the table locked, against the runs writing to it, while scanning it.
ALTER TABLE data_changes ADD CONSTRAINT data_changes_run_id_fkey
    FOREIGN KEY (run_id) REFERENCES runs (id) ON DELETE SET NULL NOT VALID;

-- Each resource's latest document outlives its run too: data drift compares the next run's document with it,
-- however long ago it was fetched (ResponseDao.previousBodyHashes).
ALTER TABLE api_responses ALTER COLUMN run_id DROP NOT NULL;
ALTER TABLE api_responses DROP CONSTRAINT api_responses_run_id_fkey;
ALTER TABLE api_responses ADD CONSTRAINT api_responses_run_id_fkey
    FOREIGN KEY (run_id) REFERENCES runs (id) ON DELETE SET NULL NOT VALID;
COMMENT ON COLUMN api_responses.run_id IS
    'The run that received the response; null once the run was pruned (only a resource''s latest document is kept then).';

-- Pruning walks the bodies from the oldest, which are the only ones it may delete.
CREATE INDEX response_bodies_first_seen_at_idx ON response_bodies (first_seen_at);
-- The foreign key, for deletes of runs: each deleted run sets its schema versions' run_id to null.
CREATE INDEX schema_versions_run_idx ON schema_versions (run_id);
