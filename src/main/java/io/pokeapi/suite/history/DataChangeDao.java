package io.pokeapi.suite.history;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The {@code data_changes} table: values that changed in resources between runs. */
@RegisterConstructorMapper(DataChangeRow.class)
public interface DataChangeDao {

    /** Stores changes; old and new values are JSON text, or null for an absent field. */
    @SqlBatch("""
            INSERT INTO data_changes
                (run_id, endpoint, resource, resource_id, field_path, old_value, new_value, detected_at)
            VALUES
                (:runId, :endpoint, :resource, :resourceId, :fieldPath,
                 CAST(:oldValue AS jsonb), CAST(:newValue AS jsonb), :detectedAt)
            """)
    void insert(@BindMethods List<DataChangeRow> changes);

    /** The latest changes first. */
    @SqlQuery("""
            SELECT run_id, endpoint, resource, resource_id, field_path,
                   old_value::text AS old_value, new_value::text AS new_value, detected_at
            FROM data_changes
            ORDER BY detected_at DESC, id DESC
            LIMIT :limit
            """)
    List<DataChangeRow> recent(@Bind("limit") int limit);

    /** The changes a run detected, in the order they were stored. */
    @SqlQuery("""
            SELECT run_id, endpoint, resource, resource_id, field_path,
                   old_value::text AS old_value, new_value::text AS new_value, detected_at
            FROM data_changes
            WHERE run_id = :runId
            ORDER BY id
            """)
    List<DataChangeRow> ofRun(@Bind("runId") UUID runId);
}
