package io.pokeapi.suite.history;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why a run's history gave up, said in one warning line the first time, and how many of the run's
 * responses it did not record: none is dropped without being counted.
 */
final class RecordingFailure {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingRunHistory.class);

    private final ResponseBacklog backlog;
    private final String database;
    private final AtomicReference<String> reason = new AtomicReference<>();
    private final AtomicLong notRecorded = new AtomicLong();

    /** @param database where the history is, for messages, such as {@code PostgreSQL at host:5432/db} */
    RecordingFailure(ResponseBacklog backlog, String database) {
        this.backlog = backlog;
        this.database = database;
    }

    Optional<String> reason() {
        return Optional.ofNullable(reason.get());
    }

    boolean happened() {
        return reason.get() != null;
    }

    /** Counts responses that will not be recorded. */
    void lost(long responses) {
        notRecorded.addAndGet(responses);
    }

    long notRecorded() {
        return notRecorded.get();
    }

    void fail(RuntimeException e) {
        fail("lost the connection to " + database + " (" + HistoryFailures.describe(e) + ")");
    }

    /** The first failure closes the backlog, forgetting what waits in it, and is logged; later ones are not. */
    void fail(String why) {
        if (reason.compareAndSet(null, why)) {
            lost(backlog.close());
            long lost = notRecorded.get();
            LOG.warn("History unavailable: {}{}. The run goes on without history.", why,
                    lost == 0 ? "" : "; " + lost + (lost == 1 ? " response was" : " responses were")
                            + " not recorded, nor will the run's later ones be");
        }
    }
}
