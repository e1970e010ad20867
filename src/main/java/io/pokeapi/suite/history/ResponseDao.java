package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The {@code response_bodies} and {@code api_responses} tables: what each run received. */
@RegisterConstructorMapper(ApiResponseRow.class)
public interface ResponseDao {

    /**
     * Stores bodies not stored yet; a body whose hash is already there is skipped (and keeps its
     * {@code first_seen_at}), so a batch may repeat a body and concurrent runs may store the same one.
     */
    @SqlBatch("""
            INSERT INTO response_bodies (hash, body, size_bytes, first_seen_at, shape)
            VALUES (:hash, :body, :sizeBytes, :firstSeenAt, CAST(:shape AS jsonb))
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


    @SqlQuery("""
            SELECT run_id, endpoint, resource, resource_id, resource_name, url, status, latency_ms, fetched_at, body_hash
            FROM api_responses
            WHERE run_id = :runId
            ORDER BY id
            """)
    List<ApiResponseRow> ofRun(@Bind("runId") UUID runId);

    /**
     * The hash of the latest 200 body of each resource from another run, for many resources in one statement:
     * {@code resources[i]} with {@code ids[i]}. Comparing hashes first spares fetching bodies. A resource no
     * earlier run fetched has no row. A response whose run was pruned (run_id null) is from another run too.
     */
    @SqlQuery("""
            SELECT wanted.resource, wanted.resource_id, previous.body_hash
            FROM unnest(CAST(:resources AS text[]), CAST(:ids AS int[])) AS wanted (resource, resource_id)
            CROSS JOIN LATERAL (
                SELECT r.body_hash
                FROM api_responses r
                WHERE r.resource = wanted.resource
                  AND r.resource_id = wanted.resource_id
                  AND r.status = 200
                  AND r.body_hash IS NOT NULL
                  AND r.run_id IS DISTINCT FROM :currentRunId
                ORDER BY r.fetched_at DESC, r.id DESC
                LIMIT 1
            ) AS previous
            """)
    @RegisterConstructorMapper(PreviousBodyRow.class)
    List<PreviousBodyRow> previousBodyHashes(@Bind("resources") String[] resources, @Bind("ids") Integer[] ids,
                                             @Bind("currentRunId") UUID currentRunId);

    /**
     * The bodies among {@code hashes} that are stored, with their shapes (null where a body was stored
     * without one): those bodies need not be sent again, nor their shapes computed. The hashes are cast
     * to the key's type: compared as text, the key's index would not serve.
     */
    @SqlQuery("SELECT hash, shape::text AS shape FROM response_bodies WHERE hash = ANY(CAST(:hashes AS char(64)[]))")
    @RegisterConstructorMapper(StoredShapeRow.class)
    List<StoredShapeRow> storedShapes(@Bind("hashes") String[] hashes);

    /** The stored body of a hash, as text. */
    @SqlQuery("SELECT body FROM response_bodies WHERE hash = CAST(:hash AS char(64))")
    Optional<String> body(@Bind("hash") String hash);

    @SqlQuery("SELECT count(*) FROM response_bodies")
    long bodyCount();

    /**
     * Deletes at most {@code limit} responses fetched before {@code cutoff}, oldest first, and returns how many. A
     * resource's latest document is kept however old, since the next run's data drift compares with it. Rows
     * another transaction holds are skipped, never waited for.
     */
    @SqlUpdate("""
            DELETE FROM api_responses
            WHERE id IN (
                SELECT old.id
                FROM api_responses old
                WHERE old.fetched_at < :cutoff
                  AND NOT (old.status = 200 AND old.body_hash IS NOT NULL AND old.resource_id IS NOT NULL
                           AND NOT EXISTS (
                               SELECT 1
                               FROM api_responses newer
                               WHERE newer.resource = old.resource
                                 AND newer.resource_id = old.resource_id
                                 AND newer.status = 200
                                 AND newer.body_hash IS NOT NULL
                                 AND (newer.fetched_at, newer.id) > (old.fetched_at, old.id)))
                ORDER BY old.fetched_at
                LIMIT :limit
                FOR UPDATE SKIP LOCKED
            )
            """)
    int deleteResponsesBefore(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

    /**
     * Deletes at most {@code limit} bodies first seen before {@code cutoff} that no response refers to, and
     * returns how many. A body a run is about to refer to is locked by its insert, and skipped. One that a run
     * referred to and committed since this statement's snapshot makes it fail with a foreign key violation
     * (SQL state 23503), and the body stays.
     */
    @SqlUpdate("""
            DELETE FROM response_bodies
            WHERE hash IN (
                SELECT b.hash
                FROM response_bodies b
                WHERE b.first_seen_at < :cutoff
                  AND NOT EXISTS (SELECT 1 FROM api_responses r WHERE r.body_hash = b.hash)
                ORDER BY b.first_seen_at
                LIMIT :limit
                FOR UPDATE SKIP LOCKED
            )
            """)
    int deleteUnreferencedBodiesBefore(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

    /**
     * Makes the space of deleted rows reusable now rather than when autovacuum comes round, so that a pruned
     * history stops growing. Without truncating: giving empty pages at the end back to the disk would take a
     * lock that a run's inserts wait for; the space is used again instead.
     */
    @SqlUpdate("VACUUM (ANALYZE, TRUNCATE false) api_responses, response_bodies")
    void vacuum();
}
