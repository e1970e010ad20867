package io.pokeapi.suite.history;

import io.pokeapi.suite.config.HistorySettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history in an embedded PostgreSQL whose data folder persists between runs: one running suite at a
 * time may use a folder, which this guards in this process and, through the folder's postmaster and
 * zonky's lock, against others.
 */
final class EmbeddedHistory {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryDatabase.class);
    private static final String EMBEDDED_USER = "postgres";
    /** Longer than zonky's ten seconds: a data folder may need crash recovery first. */
    private static final Duration EMBEDDED_STARTUP_WAIT = Duration.ofSeconds(15);
    /** Embedded data folders open in this JVM: zonky's file lock does not guard against the same process. */
    private static final Set<Path> OPEN_EMBEDDED_DIRS = ConcurrentHashMap.newKeySet();

    private EmbeddedHistory() {
    }

    /** Starts the embedded server on the folder of {@code settings}, with its database created and migrated. */
    static HistoryDatabase open(HistorySettings settings) {
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
            DataSource maintenance = embeddedDataSource(postgres, DatabaseSetup.MAINTENANCE_DATABASE);
            DataSource dataSource = embeddedDataSource(postgres, settings.database());
            try {
                if (!embeddedDatabaseExists(maintenance, settings.database())) {
                    DatabaseSetup.createDatabase(maintenance, settings.database());
                    LOG.info("Created database {} in the {}", settings.database(), where);
                }
            } catch (SQLException e) {
                throw DatabaseSetup.unavailable("cannot create database " + settings.database() + " in the " + where, e, "");
            }
            DatabaseSetup.migrate(dataSource, where + " (database " + settings.database() + ")", "");
            LOG.info("History in {}", where);
            EmbeddedPostgres started = postgres;
            return new HistoryDatabase(dataSource, settings.describe(), () -> stop(started, dir));
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
            throw DatabaseSetup.unavailable("cannot create the data folder of embedded PostgreSQL in " + dir, e, "");
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
            String reason = DatabaseSetup.reason(e, "");
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
        DatabaseSetup.applyTimeouts(dataSource);
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

    /** Stops the server started on {@code dir}, which another suite of this process may open from then on. */
    private static void stop(EmbeddedPostgres postgres, Path dir) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not stop the embedded PostgreSQL in {}: {}", dir, e.toString());
        } finally {
            OPEN_EMBEDDED_DIRS.remove(dir);
        }
    }
}
