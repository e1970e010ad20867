-- A scenario's latest results, newest first: how it fared in the runs before (new, still failing, fixed)
-- is read per scenario key in id order, which is the order runs finished in. It serves lookups by key
-- alone as well, so it replaces the index on the key.
CREATE INDEX scenario_results_key_id_idx ON scenario_results (scenario_key, id DESC);
DROP INDEX scenario_results_key_idx;
