package io.pokeapi.suite.history;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history writer's own connection, opened on first use, with DAOs attached to it: opening a
 * connection per statement would cost more than the statement. One thread at a time uses it.
 */
final class WriterConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WriterConnection.class);

    private final HistoryDatabase database;
    private final Map<Class<?>, Object> attached = new HashMap<>();
    private Handle handle;

    WriterConnection(HistoryDatabase database) {
        this.database = database;
    }

    <T> T dao(Class<T> type) {
        if (handle == null) {
            handle = database.jdbi().open();
        }
        return type.cast(attached.computeIfAbsent(type, handle::attach));
    }

    @Override
    public void close() {
        if (handle != null) {
            try {
                handle.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing the history's connection failed", e); // the run is over either way
            }
            handle = null;
            attached.clear();
        }
    }
}
