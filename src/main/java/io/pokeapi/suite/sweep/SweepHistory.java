package io.pokeapi.suite.sweep;

import io.pokeapi.suite.history.HistoryDatabase;
import io.pokeapi.suite.history.HistoryFailures;
import io.pokeapi.suite.history.UnknownFieldDao;
import io.pokeapi.suite.history.UnknownFieldRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the history keeps of a sweep beyond its responses, which the history records as it records every
 * response: the fields the published schemas do not describe.
 */
public final class SweepHistory {

    private static final Logger LOG = LoggerFactory.getLogger(SweepHistory.class);

    private SweepHistory() {
    }

    /** Stores the sweep's unknown fields; a database that fails costs one warning, never the run. */
    public static void store(HistoryDatabase database, UUID runId, SweepResult result) {
        Instant now = Instant.now();
        List<UnknownFieldRow> rows = result.unknownFields().all().stream()
                .map(field -> new UnknownFieldRow(runId, field.schema().file(), field.field(),
                        (int) Math.min(Integer.MAX_VALUE, field.documents()), now))
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        try {
            database.dao(UnknownFieldDao.class).insert(rows);
        } catch (RuntimeException e) {
            LOG.warn("The history could not keep the sweep's {} unknown fields: {}", rows.size(),
                    HistoryFailures.describe(e));
        }
    }
}
