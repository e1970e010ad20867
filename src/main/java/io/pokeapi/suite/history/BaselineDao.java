package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * The {@code performance_baselines} table, and the latency percentiles it is computed from. Percentiles are
 * continuous ({@code percentile_cont}: interpolated between samples) over responses with a status below 500:
 * server errors say nothing about how fast the API answers.
 */
@RegisterConstructorMapper(LatencyRow.class)
@RegisterConstructorMapper(BaselineRow.class)
public interface BaselineDao {

    /** Per endpoint, percentiles of the responses fetched at or after {@code since}. */
    @SqlQuery("""
            SELECT endpoint,
                   count(*) AS sample_count,
                   percentile_cont(0.50) WITHIN GROUP (ORDER BY latency_ms) AS p50_ms,
                   percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95_ms,
                   percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99_ms
            FROM api_responses
            WHERE fetched_at >= :since AND status < 500
            GROUP BY endpoint
            ORDER BY endpoint
            """)
    List<LatencyRow> percentiles(@Bind("since") Instant since);

    /** Per endpoint, percentiles of one run's responses. */
    @SqlQuery("""
            SELECT endpoint,
                   count(*) AS sample_count,
                   percentile_cont(0.50) WITHIN GROUP (ORDER BY latency_ms) AS p50_ms,
                   percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95_ms,
                   percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99_ms
            FROM api_responses
            WHERE run_id = :runId AND status < 500
            GROUP BY endpoint
            ORDER BY endpoint
            """)
    List<LatencyRow> percentilesOfRun(@Bind("runId") UUID runId);

    /** The current baseline of each endpoint that has one. */
    @SqlQuery("""
            SELECT endpoint, p50_ms, p95_ms, p99_ms, sample_count, window_hours, valid_from, valid_until
            FROM performance_baselines
            WHERE valid_until IS NULL
            ORDER BY endpoint
            """)
    List<BaselineRow> current();


    /**
     * Makes a new baseline the endpoint's current one: the current one, if any, is valid until {@code now}.
     * Runs replacing the same endpoint at once take turns (a transaction-scoped advisory lock per endpoint),
     * so there is always exactly one current baseline.
     */
    @Transaction
    default void replace(String endpoint, double p50Ms, double p95Ms, double p99Ms, int sampleCount,
                         int windowHours, Instant now) {
        lockEndpoint(endpoint);
        closeCurrent(endpoint, now);
        insertCurrent(endpoint, p50Ms, p95Ms, p99Ms, sampleCount, windowHours, now);
    }

    /** Held until the transaction ends; the statements after it see what the previous holder committed. */
    @SqlQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended('performance_baselines:' || :endpoint, 0))) AS locked")
    int lockEndpoint(@Bind("endpoint") String endpoint);

    @SqlUpdate("UPDATE performance_baselines SET valid_until = :now WHERE endpoint = :endpoint AND valid_until IS NULL")
    int closeCurrent(@Bind("endpoint") String endpoint, @Bind("now") Instant now);

    @SqlUpdate("""
            INSERT INTO performance_baselines
                (endpoint, p50_ms, p95_ms, p99_ms, sample_count, window_hours, valid_from)
            VALUES
                (:endpoint, :p50Ms, :p95Ms, :p99Ms, :sampleCount, :windowHours, :now)
            """)
    void insertCurrent(@Bind("endpoint") String endpoint, @Bind("p50Ms") double p50Ms, @Bind("p95Ms") double p95Ms,
                       @Bind("p99Ms") double p99Ms, @Bind("sampleCount") int sampleCount,
                       @Bind("windowHours") int windowHours, @Bind("now") Instant now);
}
