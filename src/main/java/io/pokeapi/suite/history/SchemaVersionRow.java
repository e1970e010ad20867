package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code schema_versions}.
 *
 * @param version   1, 2, … per endpoint
 * @param shape     the shape as JSON text (PostgreSQL's jsonb rendering: keys may be reordered and
 *                  whitespace differ from what was written, the JSON value is the same)
 * @param runId     the run that first saw this shape; null if that run was deleted
 */
public record SchemaVersionRow(long id, String endpoint, int version, String shape, UUID runId, Instant createdAt) {
}
