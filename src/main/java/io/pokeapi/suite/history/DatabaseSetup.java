package io.pokeapi.suite.history;

import io.pokeapi.suite.config.HistorySettings;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What opening the history's database takes on any server, embedded or not: data sources with the
 * history's timeouts, the database created if missing, the migrations applied, and one-line reasons
 * when any of it fails.
 */
final class DatabaseSetup {

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
    static final String MAINTENANCE_DATABASE = "postgres";
    private static final String APPLICATION_NAME = "pokeapi-observability-tests";

    /** SQLSTATE of "database … does not exist". */
    private static final String INVALID_CATALOG_NAME = "3D000";
    /** SQLSTATE of "database … already exists". */
    private static final String DUPLICATE_DATABASE = "42P04";
    /** SQLSTATE of a unique violation: two CREATE DATABASE of one name racing on pg_database. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseSetup() {
    }

    static PGSimpleDataSource serverDataSource(HistorySettings settings, String host, String database) {
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

    static void applyTimeouts(PGSimpleDataSource dataSource) {
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
    static void ensureServerDatabase(HistorySettings settings, String host, DataSource dataSource)
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
    static void createDatabase(DataSource maintenance, String database) throws SQLException {
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

    /**
     * Applies the pending migrations. Concurrent openers of one database are safe: Flyway takes a PostgreSQL
     * advisory lock while it creates its schema history table and while it migrates, so the second opener
     * finds the schema migrated and applies nothing.
     */
    static void migrate(DataSource dataSource, String where, String password) {
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

    static HistoryUnavailableException unavailable(String what, Throwable cause, String password) {
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
