package io.pokeapi.suite.history;

/**
 * The rows of the tables pruning deletes from, and their size on disk with indexes and TOAST: what a pruned
 * history must keep bounded.
 */
record HistoryFootprint(long runs, long responses, long bodies, long scenarioResults, long bytes) {

    static HistoryFootprint of(TestDatabase db) {
        return db.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT (SELECT count(*) FROM runs) AS runs,
                               (SELECT count(*) FROM api_responses) AS responses,
                               (SELECT count(*) FROM response_bodies) AS bodies,
                               (SELECT count(*) FROM scenario_results) AS scenario_results,
                               pg_total_relation_size('runs') + pg_total_relation_size('api_responses')
                                   + pg_total_relation_size('response_bodies')
                                   + pg_total_relation_size('scenario_results') AS bytes
                        """)
                .map((row, context) -> new HistoryFootprint(row.getLong("runs"), row.getLong("responses"),
                        row.getLong("bodies"), row.getLong("scenario_results"), row.getLong("bytes")))
                .one());
    }

    /** The same rows, whatever their size on disk. */
    HistoryFootprint rows() {
        return new HistoryFootprint(runs, responses, bodies, scenarioResults, 0);
    }

    @Override
    public String toString() {
        return String.format("%,d runs, %,d responses, %,d bodies, %,d scenario results, %,d KB", runs, responses,
                bodies, scenarioResults, bytes / 1024);
    }
}
