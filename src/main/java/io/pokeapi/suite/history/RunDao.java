package io.pokeapi.suite.history;

import java.time.Instant;
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
}
