-- The shape of each stored body, so that a run meeting a body an earlier run stored reads its
-- shape instead of walking the whole document again.
ALTER TABLE response_bodies ADD COLUMN shape jsonb;

COMMENT ON COLUMN response_bodies.shape IS
    'Field paths of the body with their JSON types, as the schema tracking derives them; null for bodies stored before V2';
