package io.pokeapi.suite.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code schema_versions} and {@code schema_changes} tables: how each endpoint's shape evolved. */
@RegisterConstructorMapper(SchemaVersionRow.class)
@RegisterConstructorMapper(SchemaChangeRow.class)
public interface SchemaDao {

    /** The endpoint's highest version; empty if none was stored. */
    @SqlQuery("""
            SELECT id, endpoint, version, shape::text AS shape, run_id, created_at
            FROM schema_versions
            WHERE endpoint = :endpoint
            ORDER BY version DESC
            LIMIT 1
            """)
    Optional<SchemaVersionRow> latest(@Bind("endpoint") String endpoint);

    /**
     * Stores a version (shape as JSON text) and returns its id. Fails with a unique violation (SQL state
     * 23505) if the endpoint already has that version, e.g. stored meanwhile by a concurrent run.
     */
    @SqlUpdate("""
            INSERT INTO schema_versions (endpoint, version, shape, run_id)
            VALUES (:endpoint, :version, CAST(:shape AS jsonb), :runId)
            """)
    @GetGeneratedKeys("id")
    long insertVersion(@Bind("endpoint") String endpoint, @Bind("version") int version,
                       @Bind("shape") String shapeJson, @Bind("runId") UUID runId);

    @SqlBatch("""
            INSERT INTO schema_changes
                (schema_version_id, endpoint, change_type, field_path, old_type, new_type, run_id, detected_at)
            VALUES
                (:schemaVersionId, :endpoint, :changeType, :fieldPath, :oldType, :newType, :runId, :detectedAt)
            """)
    void insertChanges(@BindMethods List<SchemaChangeRow> changes);

    /** The latest changes first. */
    @SqlQuery("""
            SELECT schema_version_id, endpoint, change_type, field_path, old_type, new_type, run_id, detected_at
            FROM schema_changes
            ORDER BY detected_at DESC, id DESC
            LIMIT :limit
            """)
    List<SchemaChangeRow> recentChanges(@Bind("limit") int limit);

    /** The changes a run detected, in the order they were stored. */
    @SqlQuery("""
            SELECT schema_version_id, endpoint, change_type, field_path, old_type, new_type, run_id, detected_at
            FROM schema_changes
            WHERE run_id = :runId
            ORDER BY id
            """)
    List<SchemaChangeRow> changesOfRun(@Bind("runId") UUID runId);
}
