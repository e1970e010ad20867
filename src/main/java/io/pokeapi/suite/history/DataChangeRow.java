package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code data_changes}: one value of a resource's document that differs from the previous run's.
 *
 * @param oldValue the previous value as JSON text; null (SQL null) when the field appeared. A JSON
 *                 {@code null} is the text {@code "null"}. Read back in PostgreSQL's jsonb rendering.
 * @param newValue the new value as JSON text; null when the field disappeared
 */
public record DataChangeRow(
        UUID runId,
        String endpoint,
        String resource,
        int resourceId,
        String fieldPath,
        String oldValue,
        String newValue,
        Instant detectedAt) {
}
