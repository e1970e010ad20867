package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code runs} table: a run is inserted when it starts, and finished when it ends. */
@RegisterConstructorMapper(RunRow.class)
public interface RunDao {

    @SqlUpdate("""
            INSERT INTO runs (id, started_at, target, tags)
            VALUES (:id, :startedAt, :target, :tags)
            """)
    void insert(@Bind("id") UUID id, @Bind("startedAt") Instant startedAt,
                @Bind("target") String target, @Bind("tags") String tags);

    /** Records the end of a run; status is {@code passed} or {@code failed}. Returns false for an unknown run. */
    @SqlUpdate("UPDATE runs SET finished_at = :finishedAt, status = :status WHERE id = :id")
    boolean finish(@Bind("id") UUID id, @Bind("finishedAt") Instant finishedAt, @Bind("status") String status);

    @SqlQuery("SELECT id, started_at, finished_at, target, tags, status FROM runs WHERE id = :id")
    Optional<RunRow> find(@Bind("id") UUID id);

    /**
     * At most {@code limit} runs that finished before {@code cutoff}, or started before it and never finished
     * (they died, or lost the database), oldest first: what pruning deletes. The cutoff is at least a day ago,
     * so a run still going is never among them.
     */
    @SqlQuery("""
            SELECT id
            FROM runs
            WHERE coalesce(finished_at, started_at) < :cutoff
            ORDER BY started_at
            LIMIT :limit
            """)
    List<UUID> endedBefore(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

    /**
     * Deletes runs, and returns how many. Their schema versions and changes, data changes and kept responses
     * stay, with run_id set to null; their unknown fields go with them.
     */
    @SqlUpdate("DELETE FROM runs WHERE id = ANY(CAST(:ids AS uuid[]))")
    int delete(@Bind("ids") UUID[] ids);

    /** Makes the space of deleted runs reusable now, as {@link ResponseDao#vacuum} does for responses. */
    @SqlUpdate("VACUUM (ANALYZE, TRUNCATE false) runs")
    void vacuum();
}
