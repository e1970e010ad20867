package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The endpoints' schema versions: a first version for a new endpoint, a new version and its changes for a changed one. */
final class SchemaHistory {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaHistory.class);

    private final SchemaDao schemas;

    SchemaHistory(SchemaDao schemas) {
        this.schemas = schemas;
    }

    /** Stores what the run's documents showed of each endpoint; returns the changes, by endpoint. */
    Map<String, List<SchemaChange>> store(Map<String, SchemaDrift> drifts, UUID runId, Instant now) {
        Map<String, List<SchemaChange>> changed = new LinkedHashMap<>();
        drifts.forEach((endpoint, drift) -> {
            Optional<SchemaVersionRow> latest = schemas.latest(endpoint);
            if (latest.isPresent() && !drift.changed()) {
                return;
            }
            int version = latest.map(row -> row.version() + 1).orElse(1);
            long versionId = schemas.insertVersion(endpoint, version, drift.nextVersion().toJson().toString(), runId);
            if (latest.isPresent()) {
                List<SchemaChange> changes = drift.changes();
                schemas.insertChanges(changes.stream()
                        .map(change -> new SchemaChangeRow(versionId, endpoint, change.kind().dbName(), change.path(),
                                change.oldType(), change.newType(), runId, now))
                        .toList());
                changed.put(endpoint, changes);
                LOG.warn("The schema of {} changed since the last run (version {}):\n  {}", endpoint, version,
                        String.join("\n  ", changes.stream().map(SchemaChange::toString).toList()));
            }
        });
        return changed;
    }
}
