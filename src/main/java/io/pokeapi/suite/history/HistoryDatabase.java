package io.pokeapi.suite.history;

import io.pokeapi.suite.config.HistorySettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
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

    /** A dead or firewalled host costs this much, not the driver's default of ten seconds per attempt. */
    static final int CONNECT_TIMEOUT_SECONDS = 3;
    /** Connecting and authenticating together, e.g. against a server that accepts TCP but never answers. */
    static final int LOGIN_TIMEOUT_SECONDS = 5;
    /**
     * Longest wait for any one answer of the server once connected, so a server that vanishes mid-run fails
     * the history, not the run. Generous: percentiles over a long history, or a concurrent run migrating, take
     * a while.
     */
    static final int SOCKET_TIMEOUT_SECONDS = 60;
    private static final String APPLICATION_NAME = "pokeapi-observability-tests";
    private static final String MAINTENANCE_DATABASE = "postgres";
    private static final String EMBEDDED_USER = "postgres";
    /** Longer than zonky's ten seconds: a data folder may need crash recovery first. */
    private static final Duration EMBEDDED_STARTUP_WAIT = Duration.ofSeconds(15);

    /** SQLSTATE of "database … does not exist". */
    private static final String INVALID_CATALOG_NAME = "3D000";
    /** SQLSTATE of "database … already exists". */
    private static final String DUPLICATE_DATABASE = "42P04";
    /** SQLSTATE of a unique violation: two CREATE DATABASE of one name racing on pg_database. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Embedded data folders open in this JVM: zonky's file lock does not guard against the same process. */
    private static final Set<Path> OPEN_EMBEDDED_DIRS = ConcurrentHashMap.newKeySet();

    private final Jdbi jdbi;
    private final String description;
    private final EmbeddedPostgres embedded;
    private final Path embeddedDir;
    private final Map<Class<?>, Object> daos = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private HistoryDatabase(DataSource dataSource, String description, EmbeddedPostgres embedded, Path embeddedDir) {
        this.jdbi = Jdbi.create(dataSource)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
        this.description = description;
        this.embedded = embedded;
        this.embeddedDir = embeddedDir;
    }

    /**
     * Connects to (or starts) the history's database, creates it if missing and migrates it. Does not look at
     * {@link HistorySettings#enabled()}: callers open the history only when it is on.
     *
     * @throws HistoryUnavailableException when that fails; its message is one line naming where and why
     */
    public static HistoryDatabase open(HistorySettings settings) {
        return settings.host().isPresent() ? openServer(settings) : openEmbedded(settings);
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
        if (closed.getAndSet(true) || embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not stop the {}: {}", description, e.toString());
        } finally {
            OPEN_EMBEDDED_DIRS.remove(embeddedDir);
        }
    }

    // --- a database on a server ------------------------------------------------------------------------

    private static HistoryDatabase openServer(HistorySettings settings) {
        String host = settings.host().orElseThrow();
        String where = settings.describe();
        PGSimpleDataSource dataSource = serverDataSource(settings, host, settings.database());
        try {
            ensureServerDatabase(settings, host, dataSource);
        } catch (SQLException e) {
            throw unavailable("cannot connect to " + where, e, settings.password());
        }
        migrate(dataSource, where, settings.password());
        LOG.info("History in {}", where);
        return new HistoryDatabase(dataSource, where, null, null);
    }

    private static PGSimpleDataSource serverDataSource(HistorySettings settings, String host, String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {host});
        dataSource.setPortNumbers(new int[] {settings.port()});
        dataSource.setDatabaseName(database);
        dataSource.setUser(settings.user());
        if (!settings.password().isEmpty()) {
            dataSource.setPassword(settings.password());
        }
        applyTimeouts(dataSource);
        return dataSource;
    }

    private static void applyTimeouts(PGSimpleDataSource dataSource) {
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        dataSource.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        dataSource.setTcpKeepAlive(true);
        dataSource.setApplicationName(APPLICATION_NAME);
    }

    /**
     * Connects to the database; if it does not exist, creates it from the maintenance database. Connecting
     * first needs no access to the maintenance database when the history database exists already.
     */
    private static void ensureServerDatabase(HistorySettings settings, String host, DataSource dataSource)
            throws SQLException {
        try (Connection probe = dataSource.getConnection()) {
            return; // it exists
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw e;
            }
        }
        PGSimpleDataSource maintenance = serverDataSource(settings, host, MAINTENANCE_DATABASE);
        createDatabase(maintenance, settings.database());
        LOG.info("Created database {} on PostgreSQL at {}:{}", settings.database(), host, settings.port());
    }

    /** CREATE DATABASE, tolerating another process creating it at the same time. */
    private static void createDatabase(DataSource maintenance, String database) throws SQLException {
        try (Connection connection = maintenance.getConnection();
             Statement statement = connection.createStatement()) {
            // CREATE DATABASE takes no bind parameters; the name is quoted as an identifier.
            statement.execute("CREATE DATABASE " + quoteIdentifier(database));
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** A PostgreSQL quoted identifier: double quotes around, inner double quotes doubled. */
    static String quoteIdentifier(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("identifier contains a NUL character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    // --- an embedded server ------------------------------------------------------------------------------

    private static HistoryDatabase openEmbedded(HistorySettings settings) {
        Path dir = dataFolder(settings.embeddedDir());
        String where = "embedded PostgreSQL in " + dir;
        if (!OPEN_EMBEDDED_DIRS.add(dir)) {
            throw inUse(dir, "another suite in this process has it open");
        }
        EmbeddedPostgres postgres = null;
        try {
            otherPostmaster(dir).ifPresent(pid -> {
                throw inUse(dir, "PostgreSQL process " + pid + " runs on it: another running suite's, or one left "
                        + "by a suite that was killed, which `kill " + pid + "` stops");
            });
            postgres = startEmbedded(dir);
            DataSource maintenance = embeddedDataSource(postgres, MAINTENANCE_DATABASE);
            DataSource dataSource = embeddedDataSource(postgres, settings.database());
            try {
                if (!embeddedDatabaseExists(maintenance, settings.database())) {
                    createDatabase(maintenance, settings.database());
                    LOG.info("Created database {} in the {}", settings.database(), where);
                }
            } catch (SQLException e) {
                throw unavailable("cannot create database " + settings.database() + " in the " + where, e, "");
            }
            migrate(dataSource, where + " (database " + settings.database() + ")", "");
            LOG.info("History in {}", where);
            return new HistoryDatabase(dataSource, settings.describe(), postgres, dir);
        } catch (RuntimeException e) {
            if (postgres != null) {
                try {
                    postgres.close();
                } catch (IOException | RuntimeException stop) {
                    e.addSuppressed(stop);
                }
            }
            OPEN_EMBEDDED_DIRS.remove(dir);
            throw e;
        }
    }

    /** The folder, created with its parents if missing, as an absolute path without links. */
    private static Path dataFolder(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            return dir.toRealPath();
        } catch (IOException e) {
            throw unavailable("cannot create the data folder of embedded PostgreSQL in " + dir, e, "");
        }
    }

    private static EmbeddedPostgres startEmbedded(Path dir) {
        // Beside the folder, not in it: initdb wants an empty folder, and its output goes there too.
        File log = dir.resolveSibling(dir.getFileName() + ".log").toFile();
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(EMBEDDED_STARTUP_WAIT)
                    // zonky starts postgres with -F (no fsync): fine for throwaway test databases, not for a
                    // history kept for months; -c fsync=on comes after it and wins.
                    .setServerConfig("fsync", "on")
                    // initdb's and the server's own output go to a file, not between the scenario lines.
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .start();
        } catch (IOException | RuntimeException e) {
            String reason = reason(e, "");
            if (reason.startsWith("could not lock")) { // zonky's epg-lock, held by another process
                throw inUse(dir, "another running suite holds its lock");
            }
            throw new HistoryUnavailableException("History unavailable: cannot start embedded PostgreSQL in " + dir
                    + " (" + reason + "; see " + log + "); if another suite is running on that folder, set "
                    + "POSTGRES_HOST to a PostgreSQL server for runs that share a history", e);
        }
    }

    private static HistoryUnavailableException inUse(Path dir, String why) {
        return new HistoryUnavailableException("History unavailable: the embedded PostgreSQL folder " + dir
                + " is in use (" + why + "); a folder serves one run at a time: "
                + "set POSTGRES_HOST to a PostgreSQL server for runs that share a history, or HISTORY_DIR to "
                + "another folder");
    }

    /**
     * The live postmaster that a {@code postmaster.pid} in the folder names, if any. Starting another one
     * would fail only after the startup wait, so this looks first (as postgres itself does: a stale file
     * from a crashed server names a process that is gone).
     */
    private static Optional<Long> otherPostmaster(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(firstLine);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return Optional.empty(); // unreadable or being written: let postgres judge
        }
    }

    private static DataSource embeddedDataSource(EmbeddedPostgres postgres, String database) {
        PGSimpleDataSource dataSource = (PGSimpleDataSource) postgres.getDatabase(EMBEDDED_USER, database, Map.of());
        applyTimeouts(dataSource);
        return dataSource;
    }

    private static boolean embeddedDatabaseExists(DataSource maintenance, String database) throws SQLException {
        try (Connection connection = maintenance.getConnection();
             var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database);
            try (var result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    // --- migrations ------------------------------------------------------------------------------------

    /**
     * Applies the pending migrations. Concurrent openers of one database are safe: Flyway takes a PostgreSQL
     * advisory lock while it creates its schema history table and while it migrates, so the second opener
     * finds the schema migrated and applies nothing.
     */
    private static void migrate(DataSource dataSource, String where, String password) {
        try {
            int applied = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
            if (applied > 0) {
                LOG.info("Applied {} migration(s) to {}", applied, where);
            }
        } catch (FlywayException e) {
            throw unavailable("cannot migrate " + where, e, password);
        }
    }

    // --- messages --------------------------------------------------------------------------------------

    private static HistoryUnavailableException unavailable(String what, Throwable cause, String password) {
        return new HistoryUnavailableException("History unavailable: " + what + " (" + reason(cause, password) + ")",
                cause);
    }

    /**
     * Why, in a few words on one line: the network error underneath if there is one ("Connection refused"),
     * else the first line of the server's or Flyway's message. Never the password, should any text carry it.
     */
    static String reason(Throwable error, String password) {
        String reason = null;
        for (Throwable cause = error; cause != null && reason == null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                reason = cause.getMessage();
            } else if (cause instanceof UnknownHostException) {
                reason = "unknown host " + cause.getMessage();
            }
        }
        for (Throwable cause = error; cause != null && reason == null; cause = cause.getCause()) {
            reason = cause.getMessage();
        }
        if (reason == null || reason.isBlank()) {
            reason = error.getClass().getSimpleName();
        }
        String line = reason.strip().lines().findFirst().orElse(reason).strip();
        if (!password.isEmpty()) {
            line = line.replace(password, "***");
        }
        return line;
    }
}
