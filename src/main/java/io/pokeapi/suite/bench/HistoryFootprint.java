package io.pokeapi.suite.bench;

import io.pokeapi.suite.history.HistoryDatabase;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** What the history holds, as PostgreSQL reports it: its tables' bytes on disk, and a run's response rows. */
final class HistoryFootprint {

    private HistoryFootprint() {
    }

    /** The history's tables with their indexes and TOAST, Flyway's own table left out. */
    static long tableBytes(HistoryDatabase database) {
        return database.jdbi().withHandle((Handle handle) -> handle.createQuery("""
                SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
                """).mapTo(Long.class).one());
    }

    static long responseRows(HistoryDatabase database, UUID run) {
        return database.jdbi().withHandle((Handle handle) -> handle
                .createQuery("SELECT count(*) FROM api_responses WHERE run_id = :run")
                .bind("run", run).mapTo(Long.class).one());
    }

    /** A run's responses that were 304s: the client had the body already and the API confirmed it. */
    static long revalidatedRows(HistoryDatabase database, UUID run) {
        return database.jdbi().withHandle((Handle handle) -> handle
                .createQuery("SELECT count(*) FROM api_responses WHERE run_id = :run AND status = 304")
                .bind("run", run).mapTo(Long.class).one());
    }
}
