package io.pokeapi.suite.history;

import io.pokeapi.suite.config.HistorySettings;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history's PostgreSQL database, created if missing and migrated to the latest schema
 * ({@code db/migration}, applied by Flyway) before {@link #open} returns.
 *
 * <p>With {@link HistorySettings#host()} set, it is a database on that server. Without, it is an embedded
 * PostgreSQL whose data folder ({@link HistorySettings#embeddedDir()}) persists between runs; one running
 * suite at a time may use a folder, runs that share a history share a server instead.
 *
 * <p>Connections are not pooled: {@link #jdbi()} stands on a {@link PGSimpleDataSource}, so each Jdbi handle
 * opens its own connection (a few milliseconds on a local server). The suite writes its history in a few
 * batches per run, which a pool would not make faster, and a pool would keep connections (and threads) open
 * on a shared server for the whole run. Callers writing many statements at once should use one handle for
 * them ({@code jdbi().useHandle(…)}, {@code jdbi().inTransaction(…)}, or an attached DAO).
 *
 * <p>Thread-safe. {@link #close()} stops the embedded server; it does nothing for a server database.
 */
public final class HistoryDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryDatabase.class);

    private final Jdbi jdbi;
    private final String description;
    private final Runnable stop;
    private final Map<Class<?>, Object> daos = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @param stop what closing it takes: stopping an embedded server, or nothing */
    HistoryDatabase(DataSource dataSource, String description, Runnable stop) {
        this.jdbi = Jdbi.create(dataSource)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
        this.description = description;
        this.stop = stop;
    }

    /**
     * Connects to (or starts) the history's database, creates it if missing and migrates it. Does not look at
     * {@link HistorySettings#enabled()}: callers open the history only when it is on.
     *
     * @throws HistoryUnavailableException when that fails; its message is one line naming where and why
     */
    public static HistoryDatabase open(HistorySettings settings) {
        return settings.host().isPresent() ? openServer(settings) : EmbeddedHistory.open(settings);
    }

    /** Jdbi on this database, with the SqlObject and PostgreSQL plugins installed. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * A DAO that opens a connection for each call ({@link Jdbi#onDemand}); made once per type,
     * since building the proxy costs more than a call and the proxy is thread-safe.
     */
    public <T> T dao(Class<T> type) {
        return type.cast(daos.computeIfAbsent(type, jdbi::onDemand));
    }

    /** Where the database is, for messages: never the password. */
    public String describe() {
        return description;
    }

    /** Stops the embedded server, if this database started one. Idempotent. */
    @Override
    public void close() {
        if (!closed.getAndSet(true)) {
            stop.run();
        }
    }

    private static HistoryDatabase openServer(HistorySettings settings) {
        String host = settings.host().orElseThrow();
        String where = settings.describe();
        PGSimpleDataSource dataSource = DatabaseSetup.serverDataSource(settings, host, settings.database());
        try {
            DatabaseSetup.ensureServerDatabase(settings, host, dataSource);
        } catch (SQLException e) {
            throw DatabaseSetup.unavailable("cannot connect to " + where, e, settings.password());
        }
        DatabaseSetup.migrate(dataSource, where, settings.password());
        LOG.info("History in {}", where);
        return new HistoryDatabase(dataSource, where, () -> { });
    }
}
