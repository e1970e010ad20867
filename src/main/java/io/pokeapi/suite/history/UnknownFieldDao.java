package io.pokeapi.suite.history;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The {@code schema_unknown_fields} table: fields documents had that their published schema does not describe. */
@RegisterConstructorMapper(UnknownFieldRow.class)
public interface UnknownFieldDao {

    @SqlBatch("""
            INSERT INTO schema_unknown_fields (run_id, schema_file, field_path, documents, found_at)
            VALUES (:runId, :schemaFile, :fieldPath, :documents, :foundAt)
            """)
    void insert(@BindMethods List<UnknownFieldRow> fields);

    /** A run's unknown fields, by schema and path. */
    @SqlQuery("""
            SELECT run_id, schema_file, field_path, documents, found_at
            FROM schema_unknown_fields
            WHERE run_id = :runId
            ORDER BY schema_file, field_path
            """)
    List<UnknownFieldRow> ofRun(@Bind("runId") UUID runId);
}
