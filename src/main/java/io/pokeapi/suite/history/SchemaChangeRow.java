package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code schema_changes}: one field-level difference between a schema version and the one before.
 *
 * @param changeType one of {@link #FIELD_ADDED} (only {@code newType}), {@link #FIELD_REMOVED} (only
 *                   {@code oldType}) or {@link #TYPE_CHANGED} (both); the table checks the pairing
 * @param runId      the run that detected it; null if that run was deleted
 */
public record SchemaChangeRow(
        long schemaVersionId,
        String endpoint,
        String changeType,
        String fieldPath,
        String oldType,
        String newType,
        UUID runId,
        Instant detectedAt) {

    public static final String FIELD_ADDED = "field_added";
    public static final String FIELD_REMOVED = "field_removed";
    public static final String TYPE_CHANGED = "type_changed";
}
