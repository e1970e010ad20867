-- Runs once, when the postgres service starts on an empty data volume, connected to POSTGRES_DB as
-- POSTGRES_USER (the image's entrypoint does it). It does what the suite's Flyway migrations should not:
-- they create the history's tables; this prepares the server around them.

-- Statement statistics for tuning (docs/operations.md): which of the suite's queries cost the most.
-- The server preloads the library (the service's command in docker-compose.yml).
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;

-- Times shown in UTC whatever the client's zone, as the suite records them.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET timezone TO %L', current_database(), 'UTC');
END
$$;

-- A read-only group role for dashboards and for people who only look: its members read every table of
-- the history, those later migrations create included (default privileges of the user who migrates).
-- CREATE USER grafana PASSWORD '…' IN ROLE pokeapi_readonly;
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pokeapi_readonly') THEN
        CREATE ROLE pokeapi_readonly NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO pokeapi_readonly', current_database());
END
$$;
GRANT USAGE ON SCHEMA public TO pokeapi_readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pokeapi_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO pokeapi_readonly;
GRANT pg_read_all_stats TO pokeapi_readonly;
