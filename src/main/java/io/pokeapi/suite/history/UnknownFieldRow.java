package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code schema_unknown_fields}. */
public record UnknownFieldRow(UUID runId, String schemaFile, String fieldPath, int documents, Instant foundAt) {
}
