package io.pokeapi.suite.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The {@code response_bodies} and {@code api_responses} tables: what each run received. */
@RegisterConstructorMapper(ApiResponseRow.class)
public interface ResponseDao {

    /**
     * Stores bodies not stored yet; a body whose hash is already there is skipped (and keeps its
     * {@code first_seen_at}), so a batch may repeat a body and concurrent runs may store the same one.
     */
    @SqlBatch("""
            INSERT INTO response_bodies (hash, body, size_bytes, first_seen_at)
            VALUES (:hash, CAST(:body AS jsonb), :sizeBytes, :firstSeenAt)
            ON CONFLICT (hash) DO NOTHING
            """)
    void insertBodies(@BindMethods List<ResponseBodyRow> bodies);

    /** Stores responses; the body of each ({@code bodyHash}) must be stored already. */
    @SqlBatch("""
            INSERT INTO api_responses
                (run_id, endpoint, resource, resource_id, resource_name, url, status, latency_ms, fetched_at, body_hash)
            VALUES
                (:runId, :endpoint, :resource, :resourceId, :resourceName, :url, :status, :latencyMs, :fetchedAt, :bodyHash)
            """)
    void insertResponses(@BindMethods List<ApiResponseRow> responses);

    /** Bodies, then the responses that refer to them, in one transaction. */
    @Transaction
    default void insert(List<ResponseBodyRow> bodies, List<ApiResponseRow> responses) {
        insertBodies(bodies);
        insertResponses(responses);
    }

    /**
     * The body (JSON text in PostgreSQL's jsonb rendering) of the latest 200 response for a resource that a
     * run other than {@code currentRunId} received; empty if no other run fetched it with a JSON body.
     */
    @SqlQuery("""
            SELECT b.body::text
            FROM api_responses r
            JOIN response_bodies b ON b.hash = r.body_hash
            WHERE r.resource = :resource
              AND r.resource_id = :resourceId
              AND r.status = 200
              AND r.body_hash IS NOT NULL
              AND r.run_id <> :currentRunId
            ORDER BY r.fetched_at DESC, r.id DESC
            LIMIT 1
            """)
    Optional<String> previousBody(@Bind("resource") String resource, @Bind("resourceId") int resourceId,
                                  @Bind("currentRunId") UUID currentRunId);

    @SqlQuery("""
            SELECT run_id, endpoint, resource, resource_id, resource_name, url, status, latency_ms, fetched_at, body_hash
            FROM api_responses
            WHERE run_id = :runId
            ORDER BY id
            """)
    List<ApiResponseRow> ofRun(@Bind("runId") UUID runId);

    @SqlQuery("SELECT count(*) FROM response_bodies")
    long bodyCount();
}
